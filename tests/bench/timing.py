"""Whole-process timing for the benchmark suite.

A measure is a command run as a separate process, start to exit: what a user
waits for at the terminal. Each sample records the wall time, the CPU time
(user + system) and the peak resident memory of that one process, taken from
os.wait4's resource usage (not RUSAGE_CHILDREN, which keeps the maximum of all
children ever reaped). The output is read through a pipe, as a terminal or a
script would read it, never sent to /dev/null, which some tools detect and skip.
"""

import os
import statistics
import subprocess
import tempfile
import time


class Failed(RuntimeError):
    """A measured command exited with an error: its figures mean nothing."""


def run_once(argv, env=None, cwd=None, ok=(0,), keep_output=False):
    """Runs argv once; returns a dict with wall_ms, cpu_ms, rss_mb, exit, and output if asked."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=cwd)
        chunks = []
        size = 0
        try:
            while True:
                block = proc.stdout.read(1 << 16)
                if not block:
                    break
                size += len(block)
                if keep_output:
                    chunks.append(block)
            proc.stdout.close()
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # interrupted: leave no measured process behind
            proc.kill()
            proc.wait()
            raise
        wall = (time.perf_counter() - start) * 1e3
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in ok:
            err.seek(0)
            raise Failed("%s exited with %d: %s" % (" ".join(argv[:4]), proc.returncode,
                                                   err.read().decode("utf-8", "replace").strip()[-2000:]))
    sample = {
        "wall_ms": wall,
        "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1e3,
        "rss_mb": usage.ru_maxrss / 1024.0,  # Linux reports kilobytes
        "exit": proc.returncode,
        "output_bytes": size,
    }
    if keep_output:
        sample["output"] = b"".join(chunks)
    return sample


def summarise(samples):
    """Median, min and max of the wall times; median CPU; the largest peak RSS."""
    walls = [s["wall_ms"] for s in samples]
    return {
        "median_ms": statistics.median(walls),
        "min_ms": min(walls),
        "max_ms": max(walls),
        "cpu_median_ms": statistics.median(s["cpu_ms"] for s in samples),
        "rss_peak_mb": max(s["rss_mb"] for s in samples),
        "runs": len(samples),
    }


def compare(commands, runs, warmup=1, env=None):
    """Times several commands in turn, interleaved run by run.

    commands: {name: argv}. The machine is shared, so A and B are measured in the
    same minute: run 1 of every command, then run 2 of every command, and so on,
    after `warmup` unrecorded runs of each (page cache, dynamic loader).
    Returns {name: summary}.
    """
    samples = {name: [] for name in commands}
    for i in range(warmup + runs):
        for name, argv in commands.items():
            sample = run_once(argv, env=env)
            if i >= warmup:
                samples[name].append(sample)
    return {name: summarise(s) for name, s in samples.items()}


def warm_files(paths):
    """Reads files once so every measured run starts with them in the page cache."""
    for path in paths:
        with open(path, "rb") as f:
            while f.read(1 << 20):
                pass
