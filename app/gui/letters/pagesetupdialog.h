#pragma once

#include "letterlayout.h"

#include <QDialog>

namespace pcc {

class LetterLayoutForm;

// Page setup from the letter editor: the layout form, with a test page to hold against a
// real envelope.
class PageSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PageSetupDialog(const LetterLayout &layout, QWidget *parent = nullptr);
    LetterLayout layout() const;

signals:
    void testPageRequested(const LetterLayout &layout);

private:
    LetterLayoutForm *m_form;
};

} // namespace pcc
