"""Times one manager's edit of a plan in LibreOffice Calc, through its UNO API (python3-uno).

Usage: /usr/bin/python3 bench/libreOfficeEdit.py FILE.xlsx SHEET ROW COL VALUE...
(ROW and COL zero-based; each VALUE typed in turn). Prints one JSON line:
{"load": ms, "full": ms, "edits": [ms, ...]} where "full" is a recalculation of every formula
(calculateAll) and each edit is setting the cell and recalculating what it dirtied (calculate),
which is what Calc does after a person types into a cell with AutoCalculate on.

Why Python: LibreOffice's scripting bridge (UNO) ships for Python in Debian (python3-uno); the
.xlsx alone cannot say how long an edit takes, only how long a full load does.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(600):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.1)
    raise RuntimeError("LibreOffice did not answer on its pipe within 60 s")


def main():
    path, sheet_name, row, col, *values = sys.argv[1:]
    pipe = f"bench{os.getpid()}"
    profile = tempfile.mkdtemp(prefix="lo-bench-")
    office = subprocess.Popen(["soffice", "--headless", "--norestore", "--invisible",
                               f"-env:UserInstallation=file://{profile}",
                               f"--accept=pipe,name={pipe};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        start = time.perf_counter()
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0,
                                           (prop("Hidden", True),))
        load = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        doc.calculateAll()
        full = (time.perf_counter() - start) * 1000
        cell = doc.Sheets.getByName(sheet_name).getCellByPosition(int(col), int(row))
        edits = []
        for value in values:
            start = time.perf_counter()
            cell.setValue(float(value))
            doc.calculate()
            edits.append((time.perf_counter() - start) * 1000)
        doc.close(True)
        print(json.dumps({"load": load, "full": full, "edits": edits}))
    finally:
        office.terminate()
        office.wait(30)


if __name__ == "__main__":
    main()
