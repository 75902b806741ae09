#!/usr/bin/env python3
# Writes bilingual-lecture.srt: a lecture's 328 cues, each given twice with the same
# index and times (English first, then Chinese), the form that imported as 656
# one-language segments. The text is made up here from a few sentence patterns.
import random

EN = [
    "Today we look at lecture {n} of the course.",
    "In {n}, the first experiment used {m} samples.",
    "Please open page {n} of your notes.",
    "The model had {m} layers and {n} parameters per layer.",
    "Why does the error fall after {n} steps?",
    "Let me show you figure {n} again.",
    "About {m} percent of the students passed the test.",
    "We will come back to this in week {n}.",
    "The answer is {m}, not {n}.",
    "Take a short break of {n} minutes.",
]
ZH = [
    "今天我们来看这门课的第 {n} 讲。",
    "{n} 年，第一个实验用了 {m} 个样本。",
    "请打开笔记的第 {n} 页。",
    "这个模型有 {m} 层，每层 {n} 个参数。",
    "为什么误差在 {n} 步之后下降？",
    "我再给大家看一下图 {n}。",
    "大约 {m}% 的学生通过了测试。",
    "我们第 {n} 周会再回到这个问题。",
    "答案是 {m}，不是 {n}。",
    "休息 {n} 分钟。",
]


def stamp(ms):
    return "%02d:%02d:%02d,%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


random.seed(17)
out = []
start = 1000
for index in range(1, 329):
    k = random.randrange(len(EN))
    n, m = random.randrange(1, 2000), random.randrange(1, 100)
    end = start + random.randrange(1500, 4500)
    times = "%s --> %s" % (stamp(start), stamp(end))
    out += [str(index), times, EN[k].format(n=n, m=m), ""]
    out += [str(index), times, ZH[k].format(n=n, m=m), ""]
    start = end + random.randrange(0, 400)
open("bilingual-lecture.srt", "w", encoding="utf-8").write("\n".join(out))
