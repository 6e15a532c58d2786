#include "letters/templatechooser.h"

#include "templatestore.h"

#include <QComboBox>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace pcc {

TemplateChooser::TemplateChooser(QWidget *window, std::function<QString()> editorHtml)
    : QObject(window)
    , m_window(window)
    , m_combo(new QComboBox(window))
    , m_editorHtml(std::move(editorHtml))
{
    m_combo->setAccessibleName(tr("Template"));
    // As wide as the bundled templates' usual names: a longer one is shortened in the box (its
    // whole name in the tooltip), never pushing the toolbar over.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(42);
    connect(m_combo, &QComboBox::currentTextChanged, m_combo, &QComboBox::setToolTip);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_combo->itemData(index).toString();
        if (id == m_current.id)
            return;
        if (const auto picked = TemplateStore::find(id))
            emit chosen(*picked);
    });
}

void TemplateChooser::fillMenu(QMenu *menu)
{
    menu->addAction(tr("&New blank template…"), this, [this] {
        saveAs(tr("My letter"), u"<p>{{salutation}}</p><p></p><p>{{sign_off}}</p><p>{{sender_name}}</p>"_s);
    });
    menu->addAction(tr("&Duplicate this template…"), this, [this] { saveAs(m_current.name, m_current.html); });
    menu->addAction(tr("&Save the editor's text as a template…"), this, [this] { saveAs(tr("My letter"), m_editorHtml()); });
    menu->addAction(tr("&Rename this template…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(m_window, tr("Rename template"), tr("New name:"), QLineEdit::Normal, m_current.name, &ok);
        if (!ok)
            return;
        QString error;
        if (!TemplateStore::rename(m_current, name, &error))
            QMessageBox::warning(m_window, tr("Template not renamed"), error);
        else
            reloadAndSay(u"user:"_s + name.trimmed());
    });
    menu->addAction(tr("De&lete this template…"), this, [this] {
        if (QMessageBox::question(m_window, tr("Delete template"), tr("Delete the template “%1”?").arg(m_current.name)) != QMessageBox::Yes)
            return;
        QString error;
        if (!TemplateStore::remove(m_current, &error))
            QMessageBox::warning(m_window, tr("Template not deleted"), error);
        else
            reloadAndSay(TemplateStore::defaultTemplate().id);
    });
}

void TemplateChooser::saveAs(const QString &suggested, const QString &html)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save template"), tr("Name of your template:"), QLineEdit::Normal,
                                               TemplateStore::uniqueName(suggested), &ok);
    if (!ok)
        return;
    QString error;
    LetterTemplate saved;
    if (!TemplateStore::save(name, html, &saved, &error)) {
        QMessageBox::warning(m_window, tr("Template not saved"), error);
        return;
    }
    reloadAndSay(saved.id);
    emit statusMessage(tr("Template “%1” saved").arg(saved.name));
}

void TemplateChooser::reload(const QString &selectId)
{
    const QSignalBlocker quiet(m_combo);
    m_combo->clear();
    const QList<LetterTemplate> all = TemplateStore::all();
    for (const LetterTemplate &t : all)
        m_combo->addItem(t.builtIn ? t.name : tr("%1 (yours)").arg(t.name), t.id);
    const int index = std::max(0, m_combo->findData(selectId));
    m_combo->setCurrentIndex(index);
    m_current = all.value(index, TemplateStore::defaultTemplate());
}

void TemplateChooser::reloadAndSay(const QString &selectId)
{
    reload(selectId);
    emit currentChanged();
}

void TemplateChooser::show(const LetterTemplate &tmpl)
{
    m_current = tmpl;
    showCurrent();
}

void TemplateChooser::showCurrent()
{
    const QSignalBlocker quiet(m_combo);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_current.id)));
}

} // namespace pcc
