#include "tests/support/annotatedsamples.h"

#include "models/annotate/anchor.h"
#include "models/import/importservice.h"
#include "models/store/annotationrepository.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/tagrepository.h"
#include "tests/support/seedfiles.h"

#include <stdexcept>

namespace bitext::test {

AnnotatedSamples::AnnotatedSamples(Library &library)
    : m_library(library)
{
    ImportService service(library);
    for (const auto &entry : {qMakePair(QStringLiteral("001"), &interview), qMakePair(QStringLiteral("003"), &panel)}) {
        const ImportResult result = service.importFile(seedFileByPrefix(entry.first), ImportService::Options());
        if (result.failed())
            throw std::runtime_error("seed import failed: " + entry.first.toStdString());
        *entry.second = result.documentId;
    }
    TagRepository &tags = library.tags();
    values = tags.create(0, QStringLiteral("Values"), QColor(QStringLiteral("#e76f51")));
    honesty = tags.create(values, QStringLiteral("Honesty"), QColor(QStringLiteral("#f4a261")));
    safety = tags.create(0, QStringLiteral("Safety"), QColor(QStringLiteral("#2a9d8f")));
    oversight = tags.create(safety, QStringLiteral("Oversight"), QColor(QStringLiteral("#8ecae6")));
    personality = tags.create(0, QStringLiteral("Personality"), QColor(QStringLiteral("#b5838d")));
    method = tags.create(0, QStringLiteral("Method"), QColor(QStringLiteral("#6d6875")));

    const QString ana = QStringLiteral("Ana");
    const QString ben = QStringLiteral("Ben");
    const QString previous = library.author();
    // 001, the interview.
    code(interview, Side::Zh, QStringLiteral("让 Claude 变好"), {personality}, ana);
    code(interview, Side::Zh, QStringLiteral("我的哲学背景在这方面非常有帮助"), {method}, ana);
    code(interview, Side::Zh, QStringLiteral("研究模型的"), {personality}, ben);
    code(interview, Side::En, QStringLiteral("character of models"), {personality}, ana);
    code(interview, Side::Zh, QStringLiteral("系统发展的速度太快了"), {safety}, ben);
    code(interview, Side::Zh, QStringLiteral("模型对自身的了解其实是最少的"), {safety}, ana);
    code(interview, Side::Zh, QStringLiteral("我开始担心 AI 将会比大多数人预想的要重要得多"), {safety}, ana);
    code(interview, Side::Zh, QStringLiteral("担心 AI"), {safety}, ben); // inside Ana's
    code(interview, Side::En, QStringLiteral("I was a bit worried"), {safety}, ben);
    code(interview, Side::Zh, QStringLiteral("非常理论化的工作"), {method}, ana);
    code(interview, Side::Zh, QStringLiteral("无穷伦理学几乎是终极的理论伦理学"), {values}, ben);
    code(interview, Side::Zh, QStringLiteral("保护他人"), {values}, ana);
    // Two segments: the Host's question and the start of Amanda's answer, in both languages.
    code(interview, Side::Zh, QStringLiteral("哪些完全没用上"), {method, values}, ana, QStringLiteral("好问题"));
    code(interview, Side::En, QStringLiteral("which ones haven't translated at all"), {method}, ben,
        QStringLiteral("Yeah"));
    // 003, the panel.
    code(panel, Side::En, QStringLiteral("the philosopher king"), {personality}, ben);
    code(panel, Side::Zh, QStringLiteral("容易陷入花大量时间去定义这个概念的诱惑"), {method}, ben);
    code(panel, Side::Zh, QStringLiteral("有道德驱动"), {values}, ana);
    code(panel, Side::Zh, QStringLiteral("善良的人"), {personality}, ben);
    code(panel, Side::Zh, QStringLiteral("价值观血清"), {values}, ana);
    code(panel, Side::Zh, QStringLiteral("就好像有人给我注射了一针"), {values}, ben);
    code(panel, Side::Zh, QStringLiteral("伦理学其实比人们想象的更像物理学"), {method}, ana);
    code(panel, Side::Zh, QStringLiteral("更像物理学"), {values}, ben);
    code(panel, Side::Zh, QStringLiteral("我对这些问题持开放态度"), {honesty}, ana);
    code(panel, Side::Zh, QStringLiteral("让模型去监督它自己的表现"), {oversight}, ana);
    code(panel, Side::Zh, QStringLiteral("模型们自己监督自己"), {oversight}, ben);
    code(panel, Side::Zh, QStringLiteral("我们有可解释性"), {method}, ana);
    code(panel, Side::Zh, QStringLiteral("我也认为我们需要模型监督作为辅助手段"), {oversight, safety}, ana);
    code(panel, Side::Zh, QStringLiteral("模型监督"), {safety}, ben); // inside Ana's
    code(panel, Side::Zh, QStringLiteral("scalable oversight 的研究方向"), {oversight}, ben);
    code(panel, Side::En, QStringLiteral("scaleable oversight work"), {oversight}, ana);
    code(panel, Side::Zh, QStringLiteral("我们正在做可解释性审计"), {method}, ben);
    code(panel, Side::Zh, QStringLiteral("当你思考安全和 alignment 的时候"), {safety}, ana);
    library.setAuthor(previous);
}

qint64 AnnotatedSamples::code(qint64 documentId, Side side, const QString &from, const QList<qint64> &tags,
    const QString &author, const QString &to)
{
    const SideText text(m_library.documents().segments(documentId), side);
    const int start = text.text().indexOf(from);
    if (start < 0)
        throw std::runtime_error("quote not in the seed: " + from.toStdString());
    const int end = to.isEmpty() ? start + int(from.size()) : text.text().indexOf(to, start + int(from.size()));
    if (end < 0)
        throw std::runtime_error("quote end not in the seed: " + to.toStdString());
    Annotation annotation
        = Anchor::createFromPositions(text, documentId, start, to.isEmpty() ? end : end + int(to.size()));
    annotation.tagIds = tags;
    annotation.author = author;
    annotation.color = m_library.tags().find(tags.first())->color;
    m_library.setAuthor(author);
    const qint64 id = m_library.annotations().create(annotation);
    quotes << id;
    return id;
}

} // namespace bitext::test
