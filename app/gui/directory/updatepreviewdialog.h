#pragma once

#include "directoryupdate.h"

#include <QDialog>

namespace pcc {

// What a checked update would change (office, field, before, after), before anything is
// installed: Install or Cancel.
class UpdatePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    UpdatePreviewDialog(const DirectoryUpdate::Checked &checked, QWidget *parent = nullptr);
};

} // namespace pcc
