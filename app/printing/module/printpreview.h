#pragma once

#include <QPrintPreviewDialog>

namespace pcc {

// Qt's print preview, named as the menus name it ("Print preview — …"), with a Close button
// beside the toolbar's print button: closing prints nothing.
class PrintPreview : public QPrintPreviewDialog
{
    Q_OBJECT
public:
    PrintPreview(QPrinter *printer, const QString &what, QWidget *parent);
};

} // namespace pcc
