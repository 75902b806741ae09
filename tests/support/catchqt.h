#pragma once
// Catch2 string makers for the Qt types tests compare, so that a failing
// CHECK(a == b) prints the values ("对齐" == "對齊") instead of {?} == {?}.
// Every test translation unit gets this header through a forced include set on
// bitext_testsupport (tests/CMakeLists.txt): a specialisation must be seen
// everywhere the template is used, including tests written later.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <catch2/catch.hpp>

namespace Catch {

template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<> struct StringMaker<QLatin1String>
{
    static std::string convert(const QLatin1String &value) { return StringMaker<QString>::convert(QString(value)); }
};

template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &values)
    {
        std::string out = "{ ";
        for (int i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += StringMaker<QString>::convert(values.at(i));
        }
        return out + " }";
    }
};

template<> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

template<> struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value)
    {
        return std::string(value.typeName() ? value.typeName() : "invalid") + '(' + value.toString().toStdString()
            + ')';
    }
};

} // namespace Catch
