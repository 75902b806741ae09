#pragma once

// Qt Charts' classes live in the QtCharts namespace in Qt 5 and in none in Qt 6; this
// header lets the same sources name them plainly under both.
#include <QtCharts/qchartglobal.h>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
QT_CHARTS_USE_NAMESPACE
#endif
