"""Keeps one LibreOffice headless running and converts the files named on stdin to .docx through UNO.

Started once per worker by WarmLibreOfficeConverter: argv = soffice.bin path, profile URL, pipe name.
Each stdin line is a JSON request {"input": path, "output": path, "filters": [name or null, ...]}; each answer is one
stdout line {"ok": true} or {"ok": false, "error": text, "fatal": bool, "attempted": bool}. The filters are tried in order (the first that
loads the file wins), so that a corrupt .doc fails instead of being read as plain text. "fatal" means LibreOffice
itself died; this script then exits and the caller starts a new one ("attempted": false when it died before this file). The caller enforces the time limit per file by
killing this process tree; LibreOffice runs in its own session with a parent-death signal, and a watchdog thread kills
it when this script's parent goes away, so no LibreOffice outlives its worker.
"""
import ctypes
import json
import os
import signal
import subprocess
import sys
import threading
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import DisposedException

PR_SET_PDEATHSIG = 1
RESTART_AFTER_PROFILE_CREATION = 81


def die_with_parent():
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def start_office(binary, profile, pipe):
    arguments = [binary, "-env:UserInstallation=" + profile, "--headless", "--invisible", "--norestore", "--nologo",
                 "--nodefault", "--nolockcheck", "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"]
    return subprocess.Popen(arguments, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, preexec_fn=die_with_parent)


def kill_office(office):
    try:
        os.killpg(office.pid, signal.SIGKILL)
    except OSError:
        pass
    office.wait()


def connect(binary, profile, pipe, deadline_seconds=90):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    office = start_office(binary, profile, pipe)
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        code = office.poll()
        if code is not None:
            # a fresh profile makes soffice.bin create it and ask to be started again (what oosplash would do)
            if code != RESTART_AFTER_PROFILE_CREATION:
                raise RuntimeError("LibreOffice exited with code %d while starting" % code)
            office = start_office(binary, profile, pipe)
        try:
            context = resolver.resolve("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
            desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            return office, desktop
        except NoConnectException:
            time.sleep(0.1)
    kill_office(office)
    raise RuntimeError("LibreOffice did not accept a connection within %d s" % deadline_seconds)


def properties(**values):
    result = []
    for name, value in values.items():
        item = PropertyValue()
        item.Name = name
        item.Value = value
        result.append(item)
    return tuple(result)


def convert(office, desktop, request):
    input_url = uno.systemPathToFileUrl(os.path.abspath(request["input"]))
    output_url = uno.systemPathToFileUrl(os.path.abspath(request["output"]))
    errors = []
    for name in request.get("filters") or [None]:
        load = dict(Hidden=True, ReadOnly=True, UpdateDocMode=0, MacroExecutionMode=0)
        if name:
            load["FilterName"] = name
        try:
            document = desktop.loadComponentFromURL(input_url, "_blank", 0, properties(**load))
        except DisposedException:
            raise  # LibreOffice is gone: not a filter's refusal
        except Exception as error:  # a filter that refuses the file raises IllegalArgument/IOException
            # A killed LibreOffice is not always reaped yet when the bridge reports it gone ("bridge already disposed").
            if office.poll() is not None or "disposed" in str(getattr(error, "Message", error)).lower():
                raise
            errors.append("%s: %s" % (name or "auto", getattr(error, "Message", str(error)) or type(error).__name__))
            continue
        if document is None:
            errors.append("%s: not loaded" % (name or "auto"))
            continue
        try:
            document.storeToURL(output_url, properties(FilterName="MS Word 2007 XML"))
            return None
        finally:
            document.close(True)
    return "; ".join(errors)


def watch_parent(office):
    parent = os.getppid()
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            kill_office(office)
            os._exit(1)


def main():
    binary, profile, pipe = sys.argv[1], sys.argv[2], sys.argv[3]
    die_with_parent()
    office, desktop = connect(binary, profile, pipe)
    threading.Thread(target=watch_parent, args=(office,), daemon=True).start()
    print(json.dumps({"ready": True}), flush=True)
    try:
        for line in sys.stdin:
            if not line.strip():
                continue
            request = json.loads(line)
            if office.poll() is not None:  # LibreOffice died while idle: the file is not to blame
                print(json.dumps({"ok": False, "error": "LibreOffice is not running", "fatal": True, "attempted": False}), flush=True)
                break
            try:
                error = convert(office, desktop, request)
                answer = {"ok": error is None, "error": error, "fatal": False}
            except Exception as failure:  # the bridge broke: LibreOffice crashed
                answer = {"ok": False, "error": "%s: %s" % (type(failure).__name__, failure), "fatal": True}
            print(json.dumps(answer), flush=True)
            if answer["fatal"]:
                break
    finally:
        kill_office(office)


if __name__ == "__main__":
    main()
