#include "ui/analysis/filterpanel.h"

#include "models/analysis/codedpassages.h"
#include "models/core/error.h"
#include "models/store/database.h"
#include "models/store/documentrepository.h"
#include "models/store/library.h"
#include "models/store/speakerrepository.h"
#include "models/store/tagrepository.h"
#include "ui/common/languagechange.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace bitext::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QListWidgetItem *checkItem(QListWidget *list, const QString &text, const QVariant &id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(kIdRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

// The ids of the checked items: none when all are (all means no narrowing), `nothing`
// (an id no row has) when none is, so that unchecking everything shows nothing.
template<typename T> QList<T> checkedIds(const QListWidget *list, const T &nothing)
{
    QList<T> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(kIdRole).value<T>();
    }
    if (ids.size() == list->count())
        return {};
    return ids.isEmpty() ? QList<T> {nothing} : ids;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_reload(new QTimer(this))
    , m_codesLabel(new QLabel(this))
    , m_codes(new QTreeWidget(this))
    , m_documentsLabel(new QLabel(this))
    , m_documents(makeList(QStringLiteral("analysisDocuments")))
    , m_speakersLabel(new QLabel(this))
    , m_speakers(makeList(QStringLiteral("analysisSpeakers")))
    , m_codersLabel(new QLabel(this))
    , m_coders(makeList(QStringLiteral("analysisCoders")))
    , m_sideLabel(new QLabel(this))
    , m_side(new QComboBox(this))
{
    setObjectName(QStringLiteral("analysisFilter"));
    m_codes->setObjectName(QStringLiteral("analysisCodes"));
    m_codes->setHeaderHidden(true);
    m_side->setObjectName(QStringLiteral("analysisSide"));
    m_side->addItem(QString());
    m_side->addItem(QString(), int(Side::Zh));
    m_side->addItem(QString(), int(Side::En));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QLabel *, QWidget *>> rows {{m_codesLabel, m_codes}, {m_documentsLabel, m_documents},
        {m_speakersLabel, m_speakers}, {m_codersLabel, m_coders}, {m_sideLabel, m_side}};
    const int stretch[] = {3, 2, 2, 1, 0};
    for (int i = 0; i < rows.size(); ++i) {
        rows.at(i).first->setBuddy(rows.at(i).second);
        layout->addWidget(rows.at(i).first);
        layout->addWidget(rows.at(i).second, stretch[i]);
    }
    m_reload->setSingleShot(true);
    m_reload->setInterval(200);
    connect(m_reload, &QTimer::timeout, this, &FilterPanel::reload);
    connect(m_codes, &QTreeWidget::itemChanged, this, &FilterPanel::update);
    for (QListWidget *list : {m_documents, m_speakers, m_coders})
        connect(list, &QListWidget::itemChanged, this, &FilterPanel::update);
    connect(m_side, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &FilterPanel::update);
    onLanguageChange(this, [this] { retranslate(); });
}

QListWidget *FilterPanel::makeList(const QString &name)
{
    auto *list = new QListWidget(this);
    list->setObjectName(name);
    return list;
}

void FilterPanel::retranslate()
{
    m_codesLabel->setText(tr("C&odes:"));
    m_documentsLabel->setText(tr("&Documents:"));
    m_speakersLabel->setText(tr("S&peakers:"));
    m_codersLabel->setText(tr("Code&rs:"));
    m_sideLabel->setText(tr("&Language:"));
    m_codes->setAccessibleName(tr("Codes"));
    m_documents->setAccessibleName(tr("Documents"));
    m_speakers->setAccessibleName(tr("Speakers"));
    m_coders->setAccessibleName(tr("Coders"));
    m_side->setAccessibleName(tr("Language"));
    m_side->setItemText(0, tr("Both sides"));
    m_side->setItemText(1, tr("Chinese"));
    m_side->setItemText(2, tr("English"));
    if (m_library)
        reload(); // "(no speaker)" and "(unsigned)" are translated
}

void FilterPanel::setLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, m_reload, nullptr);
    m_library = library;
    if (library) {
        const auto later = QOverload<>::of(&QTimer::start);
        connect(library, &Library::tagsChanged, m_reload, later);
        connect(library, &Library::documentsChanged, m_reload, later);
        connect(library, &Library::speakersChanged, m_reload, later);
        connect(library, &Library::annotationsChanged, m_reload, later); // a new coder
    }
    m_uncheckedTags.clear();
    m_uncheckedDocuments.clear();
    m_uncheckedSpeakers.clear();
    m_uncheckedCoders.clear();
    m_loading = true;
    m_side->setCurrentIndex(0);
    m_loading = false;
    reload();
}

void FilterPanel::remember()
{
    const auto unchecked = [](const QListWidget *list, QSet<qint64> &ids) {
        for (int i = 0; i < list->count(); ++i) {
            const qint64 id = list->item(i)->data(kIdRole).toLongLong();
            if (list->item(i)->checkState() == Qt::Checked)
                ids.remove(id);
            else
                ids.insert(id);
        }
    };
    unchecked(m_documents, m_uncheckedDocuments);
    unchecked(m_speakers, m_uncheckedSpeakers);
    for (int i = 0; i < m_coders->count(); ++i) {
        const QString name = m_coders->item(i)->data(kIdRole).toString();
        if (m_coders->item(i)->checkState() == Qt::Checked)
            m_uncheckedCoders.remove(name);
        else
            m_uncheckedCoders.insert(name);
    }
    for (QTreeWidgetItemIterator it(m_codes); *it; ++it) {
        if ((*it)->childCount() > 0)
            continue; // a parent's state follows its children
        const qint64 id = (*it)->data(0, kIdRole).toLongLong();
        if ((*it)->checkState(0) == Qt::Checked)
            m_uncheckedTags.remove(id);
        else
            m_uncheckedTags.insert(id);
    }
}

void FilterPanel::reload()
{
    m_reload->stop();
    m_loading = true;
    m_codes->clear();
    m_documents->clear();
    m_speakers->clear();
    m_coders->clear();
    if (m_library) {
        try {
            QHash<qint64, QTreeWidgetItem *> items;
            const QList<Tag> tags = m_library->tags().list();
            for (const Tag &tag : tags) { // parents first
                QTreeWidgetItem *parent = items.value(tag.parentId);
                auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_codes);
                item->setText(0, tag.name);
                item->setToolTip(0, tag.path);
                item->setData(0, kIdRole, tag.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
                item->setCheckState(0, m_uncheckedTags.contains(tag.id) ? Qt::Unchecked : Qt::Checked);
                items.insert(tag.id, item);
            }
            m_codes->expandAll();
            const QHash<qint64, QString> titles = m_library->documents().titles();
            QList<qint64> documents = titles.keys();
            std::sort(documents.begin(), documents.end(), [&titles](qint64 a, qint64 b) {
                const int order = titles[a].compare(titles[b], Qt::CaseInsensitive);
                return order != 0 ? order < 0 : a < b;
            });
            for (qint64 id : documents)
                checkItem(m_documents, titles[id], id, !m_uncheckedDocuments.contains(id));
            const QList<Speaker> speakers = m_library->speakers().list();
            for (const Speaker &speaker : speakers)
                checkItem(m_speakers, speaker.name, speaker.id, !m_uncheckedSpeakers.contains(speaker.id));
            checkItem(m_speakers, tr("(no speaker)"), qint64(0), !m_uncheckedSpeakers.contains(0));
            const QStringList coders = CodedPassages::coders(*m_library);
            for (const QString &name : coders)
                checkItem(m_coders, name.isEmpty() ? tr("(unsigned)") : name, name, !m_uncheckedCoders.contains(name));
        } catch (const Error &) {
            // A library that cannot be read now shows nothing to choose; its views say why.
        }
    }
    m_loading = false;
    update();
}

QList<qint64> FilterPanel::checkedTags() const
{
    QList<qint64> ids;
    bool all = true;
    QList<QTreeWidgetItem *> pending;
    for (int i = 0; i < m_codes->topLevelItemCount(); ++i)
        pending << m_codes->topLevelItem(i);
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeFirst();
        if (item->checkState(0) == Qt::Checked) {
            ids << item->data(0, kIdRole).toLongLong(); // the whole subtree
            continue;
        }
        all = false;
        for (int i = 0; i < item->childCount(); ++i)
            pending << item->child(i);
    }
    if (all)
        return {};
    return ids.isEmpty() ? QList<qint64> {-1} : ids; // nothing checked: no code
}

void FilterPanel::update()
{
    if (m_loading)
        return;
    remember();
    AnalysisFilter filter;
    filter.tagIds = checkedTags();
    filter.documentIds = checkedIds<qint64>(m_documents, -1);
    filter.speakerIds = checkedIds<qint64>(m_speakers, -1);
    filter.authors = checkedIds<QString>(m_coders, QStringLiteral("\n")); // no coder's name has a line break
    const QVariant side = m_side->currentData();
    if (side.isValid())
        filter.side = Side(side.toInt());
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged(m_filter);
}

} // namespace bitext::ui
