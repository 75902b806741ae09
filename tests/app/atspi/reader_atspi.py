#!/usr/bin/python3
"""The real bitext window as a screen reader sees it through AT-SPI (issue 13).

Imports a seed with the bitext command line into a library in a temporary folder, starts
the bitext window on it (xcb platform, accessibility always on) inside a D-Bus session of
its own, and through pyatspi, as Orca would:
  - reads the first rows of the reader's table (speaker, Chinese, English) through the
    Text interface and finds them in the seed;
  - focuses the reader and presses Down (XTest through AT-SPI): each press must move the
    focus event to the next row's cell, and nothing else may take the focus;
  - finds the speaker timeline, its turns, and the current one selected;
  - lists every enabled, showing control (button, check box, combo box, text entry, spin
    box) without a name, and fails if there is one.

Runs with the system python (/usr/bin/python3, for python3-pyatspi). Needs dbus-run-session
(dbus-daemon), at-spi2-core (the accessibility bus, activated by D-Bus) and Xvfb: the
offscreen platform has no AT-SPI bridge, so the window runs on xcb, on an X server of the
test's own.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

INNER = "BITEXT_ATSPI_INNER"
WAIT_SECONDS = 20


def start_xvfb():
    """A private X server on a display number it picks itself (-displayfd), so tests
    running side by side never race for one. Returns (process, display)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp",
                               "-noreset"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        sys.exit("FAIL: Xvfb did not start")
    return server, ":" + number


def reexec_in_own_session():
    """Runs this script again inside a D-Bus session and on an X server of its own, so
    that neither the accessibility bus nor the windows on it are shared with other tests
    (or appear on the developer's screen)."""
    for tool in ("dbus-run-session", "Xvfb"):
        if not shutil.which(tool):
            sys.exit(f"FAIL: {tool} is not installed")
    server, display = start_xvfb()
    try:
        env = dict(os.environ, **{INNER: "1", "DISPLAY": display})
        env.pop("XAUTHORITY", None)
        command = ["dbus-run-session", "--", sys.executable, os.path.abspath(__file__)] + sys.argv[1:]
        code = subprocess.call(command, env=env)
    finally:
        server.terminate()
        server.wait()
    sys.exit(code)


def seed_path():
    folder = os.environ.get("BITEXT_SEEDS") or "/work/shared/seeds"
    if not os.path.isdir(folder):
        sys.exit(f"FAIL: no seed folder {folder} (set BITEXT_SEEDS)")
    for name in sorted(os.listdir(folder)):
        if name.startswith("001_") and name.endswith(".txt"):
            return os.path.join(folder, name)
    sys.exit(f"FAIL: no seed 001_*.txt in {folder}")


def private_environment(root):
    env = dict(os.environ)
    for name, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "home/.config"), ("XDG_DATA_HOME", "home/.local/share"),
                      ("XDG_CACHE_HOME", "home/.cache"), ("XDG_STATE_HOME", "home/.local/state")):
        path = os.path.join(root, sub)
        os.makedirs(path, exist_ok=True)
        env[name] = path
    env["QT_QPA_PLATFORM"] = "xcb"
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    env["QT_ACCESSIBILITY"] = "1"
    env["LANGUAGE"] = "en"
    env["LC_ALL"] = "C.UTF-8"
    return env


def wait_for(what, condition):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        try:
            found = condition()
        except Exception:  # the tree changes under us while the window starts
            found = None
        if found:
            return found
        time.sleep(0.25)
    raise AssertionError(f"timed out after {WAIT_SECONDS} s waiting for {what}")


def walk(node, depth=0):
    """Every object below node, without descending into big tables and lists (the reader
    has four cells a segment: a screen reader never walks them all either)."""
    yield node, depth
    try:
        count = node.childCount
    except Exception:
        return
    if count > 200:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def describe(node):
    path = []
    parent = node
    while parent is not None and len(path) < 6:
        try:
            path.append(f"{parent.getRoleName()} '{parent.name}'")
            parent = parent.parent
        except Exception:
            break
    return " < ".join(path)


def check_keyboard_focus(pyatspi, table_object):
    """Down arrows in the reader move the focus from row to row, and AT-SPI says so with
    focus events on the new row's cell: what a screen reader speaks from. Nothing else
    (such as the speaker list following the reader) may take the focus away."""
    from gi.repository import GLib

    focused = []  # (role, row or None, text) of each focus event, in order

    def on_focus(event):
        try:
            source = event.source
            row = None
            if source.getRoleName() == "table cell":
                row = source.parent.queryTable().getRowAtIndex(source.getIndexInParent())
            focused.append((source.getRoleName(), row, source.name))
        except Exception as error:
            focused.append(("?", None, str(error)))

    pyatspi.Registry.registerEventListener(on_focus, "focus:")
    try:
        # Focusing the reader reports its current row, as tabbing into it would.
        table_object.queryComponent().grabFocus()

        def current_row():
            GLib.MainContext.default().iteration(False)
            return [f for f in focused if f[0] == "table cell"]

        try:
            start = wait_for("the focus on the reader's current row", current_row)[-1][1]
        except AssertionError:
            raise AssertionError(f"focusing the reader reported {focused}, not its current row")
        focused.clear()
        presses = 3
        for _ in range(presses):
            pyatspi.Registry.generateKeyboardEvent(0xFF54, None, pyatspi.KEY_SYM)  # Down
            time.sleep(0.2)

        def settled():
            GLib.MainContext.default().iteration(False)
            cells = [f for f in focused if f[0] == "table cell"]
            return len(cells) >= presses and focused[-1][0] == "table cell" and not GLib.MainContext.default().pending()

        try:
            wait_for("focus events on the reader's rows", settled)
        except AssertionError:
            raise AssertionError(f"focus events after {presses} Down keys in the reader: {focused}")
        for _ in range(20):  # anything arriving late
            GLib.MainContext.default().iteration(False)
            time.sleep(0.02)
        assert focused[-1][0] == "table cell", f"the focus left the reader: {focused}"
        rows = [f[1] for f in focused if f[0] == "table cell"][-presses:]
        assert rows == list(range(start + 1, start + 1 + presses)), f"from row {start}, focused rows {rows}: not one row a key"
        table = table_object.queryTable()
        for role, row, text in focused[-presses:]:
            column = [table.getAccessibleAt(row, c).name for c in range(table.nColumns)]
            assert text in column, f"focused cell {text!r} is not in row {row}"
        print(f"focus on row {start}, then Down arrows focused rows {rows}")
    finally:
        pyatspi.Registry.deregisterEventListener(on_focus, "focus:")


def main():
    if os.environ.get(INNER) != "1":
        reexec_in_own_session()

    import pyatspi  # only inside our own session bus

    binary = os.environ.get("BITEXT_BINARY") or shutil.which("bitext")
    if not binary:
        sys.exit("FAIL: BITEXT_BINARY is not set and bitext is not on PATH")
    seed = seed_path()
    with open(seed, encoding="utf-8") as f:
        seed_text = f.read()

    root = tempfile.mkdtemp(prefix="bitext-atspi-")
    app_process = None
    try:
        env = private_environment(root)
        library = os.path.join(root, "library.bitext")
        imported = subprocess.run([binary, "--library", library, "import", seed], env=env,
                                  capture_output=True, text=True, timeout=60)
        assert imported.returncode == 0, f"bitext import failed: {imported.stderr}"

        # The window opens the already imported transcript (a duplicate: not imported again).
        app_process = subprocess.Popen([binary, "--library", library, seed], env=env,
                                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

        def application():
            if app_process.poll() is not None:
                raise SystemExit(f"FAIL: bitext exited early ({app_process.returncode}): {app_process.stdout.read()}")
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.get_process_id() == app_process.pid:
                    return app
            return None

        app = wait_for("bitext on the accessibility bus", application)

        def reader_tables():
            tables = [n for n, _ in walk(app) if n.getRoleName() == "table" and n.name.startswith("Transcript")]
            return [t for t in tables if t.queryTable().nRows > 0] or None

        tables = wait_for("the reader's table with the document's rows", reader_tables)
        table = tables[0].queryTable()
        assert table.nColumns == 4, f"reader table has {table.nColumns} columns"
        headers = [table.getColumnDescription(c) for c in range(4)]
        assert headers == ["Speaker", "Chinese", "English", "Time"], headers
        header = table.getColumnHeader(2)
        assert header is not None and header.name == "English", f"column header {header}"
        for row in range(3):
            cells = [table.getAccessibleAt(row, c) for c in range(3)]
            speaker, zh, en = (cell.queryText().getText(0, -1) for cell in cells)
            assert zh and zh.strip() in seed_text, f"row {row}: Chinese {zh!r} is not the seed's"
            assert en and en.strip() in seed_text, f"row {row}: English {en!r} is not the seed's"
            assert speaker and speaker in seed_text, f"row {row}: speaker {speaker!r} is not the seed's"
            assert cells[1].getRoleName() == "table cell"
            print(f"row {row}: {speaker} | {zh[:30]} | {en[:40]}")

        check_keyboard_focus(pyatspi, tables[0])

        def timeline():
            for node, _ in walk(app):
                if node.getRoleName() == "list" and node.name == "Speaker timeline" and node.childCount > 0:
                    return node
            return None

        turns = wait_for("the speaker timeline's turns", timeline)
        first_turn = turns.getChildAtIndex(0).name
        assert ", " in first_turn, f"timeline turn named {first_turn!r}"
        print(f"timeline: {turns.childCount} turns, the first '{first_turn}'")
        # The turn of the segment the keyboard moved to is the selected one.
        selected = [turns.getChildAtIndex(i).name for i in range(turns.childCount)
                    if turns.getChildAtIndex(i).getState().contains(pyatspi.STATE_SELECTED)]
        assert len(selected) == 1, f"selected turns: {selected}"
        print(f"current turn: '{selected[0]}'")

        controls = {"push button", "toggle button", "check box", "combo box", "text", "entry",
                    "spin button", "radio button", "password text"}
        unnamed = []
        for node, _ in walk(app):
            try:
                role = node.getRoleName()
                if role not in controls:
                    continue
                states = node.getState()
                if not (states.contains(pyatspi.STATE_ENABLED) and states.contains(pyatspi.STATE_SHOWING)):
                    continue
                if role == "text" and not states.contains(pyatspi.STATE_EDITABLE):
                    continue
                if not node.name.strip():
                    unnamed.append(describe(node))
            except Exception:
                continue
        if unnamed:
            print("enabled controls without an accessible name:")
            for line in unnamed:
                print("  " + line)
            raise AssertionError(f"{len(unnamed)} enabled control(s) have no accessible name")
        print("every enabled control has a name")

        # Quit as a user does (Ctrl+Q: Control_L is keycode 37 on Xvfb's keymap), so that
        # the window's whole shutdown runs and, in the sanitizer build, the leak check at
        # exit: bitext must end by itself with status 0 and no sanitizer report.
        pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_PRESS)
        pyatspi.Registry.generateKeyboardEvent(0x71, None, pyatspi.KEY_SYM)  # q
        pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_RELEASE)
        try:
            status = app_process.wait(timeout=WAIT_SECONDS * 3)
        except subprocess.TimeoutExpired:
            raise AssertionError("bitext did not quit on Ctrl+Q")
        output = app_process.stdout.read()
        if status != 0 or "Sanitizer" in output or "runtime error:" in output:
            print(output)
            raise AssertionError(f"bitext quit with status {status}")
        print("quit with Ctrl+Q: status 0")
    finally:
        if app_process is not None and app_process.poll() is None:
            app_process.send_signal(signal.SIGTERM)
            try:
                app_process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                app_process.kill()
                app_process.wait()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    try:
        main()
    except AssertionError as error:
        print(f"FAIL: {error}")
        sys.exit(1)
    print("PASS")
