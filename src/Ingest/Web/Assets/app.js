// ThiDua review pages: upload with per-file progress, the correction dialog, jumping to a flag and the source page image.
(function () {
  'use strict';
  const token = () => document.querySelector('meta[name="csrf-token"]')?.content || '';

  // ---- Upload: one request per file (3 at a time), upload progress, then the ingestion progress polled.
  const dropzone = document.getElementById('dropzone');
  if (dropzone) {
    const input = document.getElementById('file-input');
    const list = document.getElementById('upload-list');
    const body = list.querySelector('tbody');
    const summary = document.getElementById('upload-summary');
    const queue = [];
    let running = 0, finished = 0, total = 0;

    const cell = (row, index) => row.children[index];
    const setState = (row, state, text, href) => {
      const c = cell(row, 2);
      c.className = 'state-' + state;
      c.textContent = text;
      if (href) { const a = document.createElement('a'); a.href = href; a.textContent = ' → xem / open'; c.appendChild(a); }
    };
    const done = () => { finished++; summary.textContent = `Đã xử lý ${finished}/${total} tệp / ${finished} of ${total} files processed.`; pump(); };

    const poll = (row, id) => {
      fetch('/api/uploads/' + encodeURIComponent(id), { credentials: 'same-origin' })
        .then(r => r.json())
        .then(s => {
          if (s.state === 'queued' || s.state === 'processing') {
            setState(row, s.state, s.state === 'queued' ? 'Đang chờ / queued…' : 'Đang đọc / processing…');
            setTimeout(() => poll(row, id), 400);
            return;
          }
          setState(row, s.state, s.message || s.state, s.documentId ? '/documents/' + s.documentId : null);
          row.dataset.state = s.state;
          done();
        })
        .catch(() => { setState(row, 'failed', 'Mất kết nối / connection lost'); done(); });
    };

    const send = (file, row) => {
      running++;
      const form = new FormData();
      form.append('files', file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/documents');
      xhr.setRequestHeader('X-CSRF-TOKEN', token());
      const bar = cell(row, 1).querySelector('progress');
      xhr.upload.onprogress = e => { if (e.lengthComputable) bar.value = e.loaded / e.total; };
      xhr.onload = () => {
        running--;
        bar.value = 1;
        let answer = null;
        try { answer = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
        if (xhr.status === 202 && Array.isArray(answer) && answer.length === 1) {
          const s = answer[0];
          if (s.state === 'rejected') { setState(row, 'rejected', s.message); row.dataset.state = 'rejected'; done(); }
          else { setState(row, s.state, 'Đang chờ / queued…'); poll(row, s.uploadId); }
        } else {
          setState(row, 'rejected', (answer && answer.title) || `Lỗi ${xhr.status} / error ${xhr.status}`);
          row.dataset.state = 'rejected';
          done();
        }
      };
      xhr.onerror = () => { running--; setState(row, 'failed', 'Mất kết nối / connection lost'); done(); };
      xhr.send(form);
    };

    const pump = () => { while (running < 3 && queue.length) { const [f, r] = queue.shift(); send(f, r); } };

    const add = files => {
      list.hidden = false;
      for (const file of files) {
        const row = document.createElement('tr');
        row.innerHTML = '<td></td><td><progress max="1" value="0"></progress></td><td></td>';
        cell(row, 0).textContent = file.name;
        body.appendChild(row);
        total++;
        queue.push([file, row]);
      }
      pump();
    };

    input.addEventListener('change', () => { add(input.files); input.value = ''; });
    dropzone.addEventListener('dragover', e => { e.preventDefault(); dropzone.classList.add('over'); });
    dropzone.addEventListener('dragleave', () => dropzone.classList.remove('over'));
    dropzone.addEventListener('drop', e => { e.preventDefault(); dropzone.classList.remove('over'); add(e.dataTransfer.files); });
  }

  // ---- Source page image: follows the paragraph, cell or flag the reviewer points at.
  const pagePanel = document.getElementById('source-page');
  const showPage = page => {
    if (!pagePanel || !page) return;
    const count = Number(pagePanel.dataset.pages);
    page = Math.min(Math.max(1, page), count);
    document.getElementById('page-number').textContent = page;
    const img = document.getElementById('page-image');
    const src = `/documents/${pagePanel.dataset.document}/pages/${page}.png`;
    if (img.getAttribute('src') !== src) img.setAttribute('src', src);
  };
  const pageOf = el => { const holder = el && el.closest('[data-page]'); return holder ? Number(holder.dataset.page) : null; };
  if (pagePanel) {
    pagePanel.addEventListener('click', e => {
      const step = e.target.closest('[data-page-step]');
      if (step) showPage(Number(document.getElementById('page-number').textContent) + Number(step.dataset.pageStep));
    });
    document.getElementById('extraction').addEventListener('click', e => { const p = pageOf(e.target); if (p) showPage(p); });
  }

  // ---- Jump to a flag's place: scroll, pulse, and show its page.
  document.addEventListener('click', e => {
    const link = e.target.closest('a[data-goto]');
    if (!link) return;
    const target = document.getElementById(link.dataset.goto);
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    target.classList.remove('highlight-target');
    void target.offsetWidth;
    target.classList.add('highlight-target');
    showPage(Number(link.dataset.page) || pageOf(target));
    history.replaceState(null, '', '#' + link.dataset.goto);
  });

  // ---- Correction dialog: figures in the text and award counts open it prefilled.
  const dialog = document.getElementById('correction-dialog');
  if (dialog) {
    const error = document.getElementById('correction-error');
    const input = document.getElementById('correction-new');
    const describe = el => {
      document.getElementById('correction-target').value = el.dataset.target;
      document.getElementById('correction-old').value = el.dataset.old || '';
      document.getElementById('correction-old-text').textContent = el.dataset.old || '—';
      document.getElementById('correction-label').textContent = el.dataset.label || el.dataset.target;
      document.getElementById('correction-return').value = el.id || (el.closest('[id]') || {}).id || '';
    };
    const open = el => {
      describe(el);
      error.hidden = true;
      error.textContent = '';
      input.removeAttribute('aria-invalid');
      input.value = el.dataset.old || '';
      document.getElementById('correction-comment').value = '';
      dialog.showModal();
      input.select();
    };
    // A correction the server refused comes back open, with what was typed and the reason beside the field; the value
    // it names as current is the page's (which may have changed meanwhile), so saving again is a deliberate choice.
    if (dialog.dataset.refused) {
      const target = document.getElementById('correction-target').value;
      const el = Array.from(document.querySelectorAll('[data-target]')).find(x => !x.closest('dialog') && x.dataset.target === target);
      const returnTo = document.getElementById('correction-return').value;
      if (el) { describe(el); if (returnTo) document.getElementById('correction-return').value = returnTo; }
      dialog.showModal();
      input.focus();
    }
    document.addEventListener('click', e => {
      const el = e.target.closest('[data-target]');
      if (el && !el.closest('dialog')) { e.preventDefault(); open(el); }
      if (e.target.closest('[data-close-dialog]')) dialog.close();
    });
    document.addEventListener('keydown', e => {
      const el = e.target.closest && e.target.closest('span[data-target]');
      if (el && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); open(el); }
    });
  }
})();
