#include "printpreview.h"

#include <QDialogButtonBox>
#include <QLayout>
#include <QPushButton>

namespace pcc {

PrintPreview::PrintPreview(QPrinter *printer, const QString &what, QWidget *parent)
    : QPrintPreviewDialog(printer, parent)
{
    setWindowTitle(what.isEmpty() ? tr("Print preview") : tr("Print preview — %1").arg(what));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close the preview without printing"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (layout())
        layout()->addWidget(buttons);
}

} // namespace pcc
