#pragma once

#include "models/import/webannotation/webannotationitem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace bitext {

// Reads Web Annotation JSON-LD (an AnnotationCollection with its first page, as
// Bitext exports it; an AnnotationPage; one Annotation; or an array of them) and
// Hypothesis exports (its client's {"annotations": [...]}, the API's {"rows": [...]},
// or a bare array), whose annotations have the same target and selector shape.
class WebAnnotationReader
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationReader)

public:
    // Each annotation is placed in the library's texts one by one and costs a few
    // hundred bytes before that: a file with more (a Hypothesis export of a
    // user's every note has some thousands) is refused rather than run for hours.
    static constexpr int kMaxAnnotations = 100000;

    // Throws Error "FILE: reason" for JSON that holds no annotations or too many, and
    // "FILE:LINE: reason" for JSON that is broken or over BoundedJson's limits.
    static QList<WebAnnotationItem> parse(const QByteArray &bytes, const QString &fileName);

private:
    static QJsonArray annotationsOf(const QJsonValue &root, const QString &fileName);
    static WebAnnotationItem read(const QJsonObject &annotation);
    static void readTarget(const QJsonObject &target, WebAnnotationItem &item);
    static void readBody(const QJsonValue &body, WebAnnotationItem &item);
};

} // namespace bitext
