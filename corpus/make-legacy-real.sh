#!/usr/bin/env bash
# Remakes corpus/legacy-real: real reports of corpus/real as legacy inputs we were not sent (variants.tsv says which).
# Needs python3, LibreOffice and python3-uno. Run from the repository root: bash corpus/make-legacy-real.sh
set -euo pipefail
out=corpus/legacy-real
work="$(mktemp -d /tmp/legacy-real-XXXXXX)"
trap 'rm -rf "$work"' EXIT
ttr=corpus/real/ttr-2025.docx
phuluc="corpus/real/Phu luc kem BC CCHC nam 2025.docx"
python3 corpus/make-legacy.py vni-nofont "$ttr" "$out/ttr-2025-vni-nofont.docx"
python3 corpus/make-legacy.py unicode-style "$phuluc" "$out/phuluc-2025-unicode-style.docx"
python3 corpus/make-legacy.py tcvn3 "$ttr" "$work/ttr-2025-tcvn3.docx"
python3 corpus/make-review-marks.py "$ttr" "$work/ttr-2025-comments.docx"
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to 'doc:MS Word 97' --outdir "$work" "$work/ttr-2025-tcvn3.docx" "$work/ttr-2025-comments.docx" >/dev/null
mv "$work/ttr-2025-tcvn3.doc" "$work/ttr-2025-comments.doc" "$out/"
# a password (matkhau) needs UNO: storeToURL with the Password property
cat > "$work/password.py" <<'PY'
import os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
def props(**values):
    result = []
    for name, value in values.items():
        item = PropertyValue(); item.Name = name; item.Value = value; result.append(item)
    return tuple(result)
source, target, profile = sys.argv[1:4]
office = subprocess.Popen(['soffice', '-env:UserInstallation=file://' + profile, '--headless', '--norestore', '--accept=pipe,name=legacyreal;urp;'])
resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', uno.getComponentContext())
for _ in range(300):
    try: context = resolver.resolve('uno:pipe,name=legacyreal;urp;StarOffice.ComponentContext'); break
    except Exception: time.sleep(0.2)
desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), '_blank', 0, props(Hidden=True))
document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), props(FilterName='MS Word 97', Password='matkhau'))
document.close(True)
try: desktop.terminate()  # soffice is a launcher: killing it would leave soffice.bin running
except Exception: pass
office.wait(timeout=60)
PY
/usr/bin/python3 "$work/password.py" "$ttr" "$out/ttr-2025-password.doc" "$work/profile2"
