#pragma once

#include "directory.h"

#include <QMainWindow>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QLabel;

namespace pcc {

class ForceDetailPanel;
class ForceTableModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void selectForce(const QString &forceId);
    QString selectedForce() const { return m_selectedForce; }

    // For tests and accessibility: the widgets a user interacts with.
    QTableView *forceList() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    ForceDetailPanel *detailPanel() const { return m_details; }

signals:
    void firstPainted();
    void forceSelected(const QString &forceId);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void buildMenus();
    void loadDirectory();
    void onListSelectionChanged();
    void showAbout();

    Directory m_directory;
    ForceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_tabs;
    QTableView *m_list;
    QLineEdit *m_search;
    ForceDetailPanel *m_details;
    QString m_selectedForce;
    bool m_painted = false;
};

} // namespace pcc
