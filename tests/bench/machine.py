"""What the figures were measured on: machine, software, commit and command."""

import os
import platform
import re
import shlex
import subprocess
import sys
import time


def _read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ""


def _run(argv, cwd=None):
    try:
        return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def cpu_model():
    m = re.search(r"^model name\s*:\s*(.+)$", _read("/proc/cpuinfo"), re.M)
    return m.group(1).strip() if m else platform.processor() or "unknown"


def ram_gb():
    m = re.search(r"^MemTotal:\s*(\d+) kB", _read("/proc/meminfo"), re.M)
    return round(int(m.group(1)) / 1024 / 1024, 1) if m else None


def qt_version(binary):
    """The Qt the binary runs with, from the library the dynamic loader resolves."""
    for line in _run(["ldd", binary]).splitlines():
        if "libQt6Core" in line or "libQt5Core" in line:
            path = line.split("=>")[-1].split("(")[0].strip()
            real = os.path.realpath(path)
            m = re.search(r"\.so\.(\d+\.\d+\.\d+)$", real)
            if m:
                return m.group(1)
    return "unknown"


def describe(root, binary, argv):
    """One flat dict for the table header and the JSON."""
    commit = _run(["git", "rev-parse", "--short=12", "HEAD"], cwd=root)
    dirty = _run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root)
    load = os.getloadavg()
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": ram_gb(),
        "kernel": platform.release(),
        "os": (re.search(r'^PRETTY_NAME="?([^"\n]+)', _read("/etc/os-release"), re.M) or [None, "unknown"])[1],
        "load_average": [round(x, 2) for x in load],
        "commit": commit + (" (with uncommitted changes)" if dirty else ""),
        "branch": _run(["git", "rev-parse", "--abbrev-ref", "HEAD"], cwd=root),
        "qt": qt_version(binary),
        "python": platform.python_version(),
        "sqlite_python": __import__("sqlite3").sqlite_version,
        "ripgrep": _run(["rg", "--version"]).split("\n")[0],
        "command": argv if isinstance(argv, str) else " ".join(shlex.quote(a) for a in argv),
        "build": "Release (preset bench)",
    }


def header_lines(info):
    return [
        "Machine: %s, %s cores, %s GB RAM, Linux %s (%s); load average at start %s%s" % (
            info["cpu"], info["cores"], info["ram_gb"], info["kernel"], info["os"],
            " ".join("%.2f" % x for x in info["load_average"]),
            ", at the end %s" % " ".join("%.2f" % x for x in info["load_average_end"])
            if "load_average_end" in info else ""),
        "Date: %s   Commit: %s (%s)   Qt %s   %s" % (info["date"], info["commit"], info["branch"], info["qt"],
                                                  info["build"]),
        "Baselines: Python %s with SQLite %s; %s" % (info["python"], info["sqlite_python"], info["ripgrep"]),
        "Command: %s" % info["command"],
    ]


if __name__ == "__main__":
    print("\n".join(header_lines(describe(".", sys.argv[1] if len(sys.argv) > 1 else "/bin/sh", sys.argv))))
