#!/usr/bin/env python3
"""Deterministic transcript corpora for the benchmarks (issue 16).

Writes DOCUMENTS files holding SEGMENTS segments between them, in one of the
forms users bring (../shared/seeds/README.md):

  turns      the 001 form: "**Name:** Chinese" then "**Name:** English", a turn each
  subtitles  SRT, each cue a Chinese line and its English line
  lines      the 002 form: plain Chinese lines, no speakers, no English

The same arguments always give the same bytes (a seeded generator, no clock, no
locale), so figures from two runs or two machines describe the same input.

  generate.py --form turns --segments 200000 --documents 200 --out DIR

Prints one JSON object: files, segments, bytes (the total size of the files).
"""

import argparse
import json
import os
import random
import sys

ZH_WORDS = (
    "我们 人工智能 对齐 模型 安全 研究 问题 因为 所以 但是 如果 可能 觉得 认为 非常 重要 系统 训练 数据 "
    "价值观 人类 社会 未来 技术 公司 团队 能力 目标 风险 控制 理解 学习 过程 方法 世界 经济 时间 事情 东西 "
    "意思 知道 的 了 是 在 有 和 就 不 也 都 这 那 他 她 你 嗯 对 很 还 会 要 说 看 想 做 去 来 好 大 小 多 "
    "少 水 猫 山 一如既往 奖励模型 强化学习 语言模型 可解释性 超级智能 监督 评估 实验 论文 计算 芯片 政策 "
    "政府 国家 竞争 合作 信任 伦理 道德 哲学 意识 经验 生命 工具 代理 行为 规则 原则 宪法 反馈 偏好 能够 "
    "应该 其实 当然 比如 然后 现在 以前 之后 已经 一直 真正 完全 特别 一些 很多 这个 那个 什么 怎么 为什么 "
    "自己 他们 大家 朋友 老师 学生 問題 價值觀 對齊 Claude Anthropic GPU CS153 2024年 百分之一"
).split()

EN_WORDS = (
    "the a of and to in is that it we you they this model models alignment aligned safety research reward "
    "human humans values system systems training data future technology company team capability goal risk "
    "control understand learning process method world economy time thing think know really very important "
    "problem because so but if maybe would could should policy government trust ethics moral philosophy "
    "consciousness experience life tool agent behavior rule principle constitution feedback preference "
    "interpretability superintelligence oversight evaluation experiment paper compute chips competition "
    "cooperation actually course example then now before after already always truly completely especially "
    "some many what how why ourselves everyone friend teacher student cat water mountain language "
    "reinforcement inner outer steering organic care caring build building Claude Anthropic"
).split()

ZH_END = ("。", "。", "。", "?", "!")
SPEAKERS = ("Host", "Guest", "Amanda Askell", "Jan Leike", "Moderator", "Audience", "Josh", "Emmett Shear")


def chinese(rng, sentences):
    out = []
    for _ in range(sentences):
        clauses = 1 + rng.randrange(3)
        for c in range(clauses):
            out.append("".join(rng.choice(ZH_WORDS) for _ in range(3 + rng.randrange(6))))
            out.append("," if c + 1 < clauses else rng.choice(ZH_END))
    return "".join(out)


def english(rng, sentences):
    out = []
    for _ in range(sentences):
        words = [rng.choice(EN_WORDS) for _ in range(6 + rng.randrange(14))]
        words[0] = words[0][:1].upper() + words[0][1:]
        out.append(" ".join(words) + ("?" if rng.randrange(5) == 0 else "."))
    return " ".join(out)


def timestamp(ms):
    return "%02d:%02d:%02d,%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


def document(form, index, count, rng):
    """The text of one file with `count` segments."""
    lines = []
    if form == "turns":
        # Two to four speakers a talk; a turn holds one to four sentences, so turns
        # have the spread of lengths the real 001 has (from "Nice." to paragraphs).
        cast = [SPEAKERS[(index + k) % len(SPEAKERS)] for k in range(2 + index % 3)]
        for i in range(count):
            speaker = cast[0] if i % 2 == 0 else rng.choice(cast[1:])
            sentences = 1 + rng.randrange(4)
            lines.append("**%s:** %s" % (speaker, chinese(rng, sentences)))
            lines.append("**%s:** %s" % (speaker, english(rng, sentences)))
    elif form == "subtitles":
        at = 0
        for i in range(count):
            length = 1200 + rng.randrange(3800)
            lines.append(str(i + 1))
            lines.append("%s --> %s" % (timestamp(at), timestamp(at + length)))
            lines.append(chinese(rng, 1))
            lines.append(english(rng, 1))
            lines.append("")
            at += length + rng.randrange(400)
    elif form == "lines":
        for i in range(count):
            lines.append(chinese(rng, 1 + rng.randrange(2)))
    else:
        raise ValueError("unknown form " + form)
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--form", choices=("turns", "subtitles", "lines"), default="turns")
    parser.add_argument("--segments", type=int, default=10000)
    parser.add_argument("--documents", type=int, default=0, help="files to write (default: one per 1,000 segments)")
    parser.add_argument("--out", required=True, help="folder to write the files into (created)")
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()

    documents = args.documents or max(1, (args.segments + 999) // 1000)
    extension = ".srt" if args.form == "subtitles" else ".txt"
    os.makedirs(args.out, exist_ok=True)
    total = 0
    written = 0
    for d in range(documents):
        count = args.segments // documents + (1 if d < args.segments % documents else 0)
        # One generator a document, seeded from the run's seed and the index, so a
        # document's text does not depend on how many came before it.
        rng = random.Random("%d/%s/%d" % (args.seed, args.form, d))
        data = document(args.form, d, count, rng).encode("utf-8")
        path = os.path.join(args.out, "%s-%05d%s" % (args.form, d + 1, extension))
        with open(path + ".part", "wb") as f:
            f.write(data)
        os.replace(path + ".part", path)
        total += len(data)
        written += count
    json.dump({"files": documents, "segments": written, "bytes": total}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
