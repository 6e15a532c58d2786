#include "letters/pagesetupdialog.h"

#include "letters/letterlayoutform.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pcc {

PageSetupDialog::PageSetupDialog(const LetterLayout &layout, QWidget *parent)
    : QDialog(parent)
    , m_form(new LetterLayoutForm(layout, this))
{
    setWindowTitle(tr("Page setup"));
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *test = buttons->addButton(tr("Print a &test page…"), QDialogButtonBox::ActionRole);
    box->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(test, &QPushButton::clicked, this, [this] { emit testPageRequested(this->layout()); });
}

LetterLayout PageSetupDialog::layout() const
{
    return m_form->layout();
}

} // namespace pcc
