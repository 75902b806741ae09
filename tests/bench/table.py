"""The suite's result table: rows of measure, Bitext, baseline, ratio, target, met."""

import json
import os


def ms(value):
    return "not measured" if value is None else "%.0f ms" % value if value >= 100 else "%.1f ms" % value


def mb(value):
    return "%.0f MB" % value if value >= 100 else "%.1f MB" % value


class Results:
    """Collects rows in the order measured; prints them as a Markdown table, writes JSON."""

    def __init__(self, machine):
        self.machine = machine
        self.rows = []
        self.notes = []

    def add(self, key, measure, bitext, baseline="", ratio=None, target="", met=None, figures=None):
        """bitext/baseline: display strings; ratio: Bitext/baseline (a float); met: True, False or None (no target)."""
        self.rows.append({
            "key": key, "measure": measure, "bitext": bitext, "baseline": baseline,
            "ratio": None if ratio is None else round(ratio, 3), "target": target, "met": met,
            "figures": figures or {},
        })

    def missing(self, key, measure, why, target=""):
        """A measure that could not be taken (an executable not built, a tool missing)."""
        self.add(key, measure, why, target=target, figures={"missing": why})

    def note(self, text):
        self.notes.append(text)

    def markdown(self):
        head = ["measure", "Bitext", "baseline / alternative", "ratio", "target", "met?"]
        body = []
        for r in self.rows:
            met = "" if r["met"] is None else "yes" if r["met"] else "**no**"
            ratio = "" if r["ratio"] is None else "%.2fx" % r["ratio"]
            body.append([r["measure"], r["bitext"], r["baseline"], ratio, r["target"], met])
        widths = [max(len(str(x)) for x in col) for col in zip(head, *body)]

        def line(cells):
            return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"

        out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        out += [line(b) for b in body]
        return "\n".join(out)

    def summary(self):
        judged = [r for r in self.rows if r["met"] is not None]
        return "%d of %d targets met" % (sum(1 for r in judged if r["met"]), len(judged))

    def write_json(self, path):
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        data = {
            "machine": self.machine,
            "rows": self.rows,
            "notes": self.notes,
            "targets_met": sum(1 for r in self.rows if r["met"] is True),
            "targets_missed": sum(1 for r in self.rows if r["met"] is False),
        }
        with open(path + ".part", "w") as f:
            json.dump(data, f, indent=1, ensure_ascii=False)
            f.write("\n")
        os.replace(path + ".part", path)
