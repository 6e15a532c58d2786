#include "mainwindow.h"

#include "appinfo.h"
#include "forcedetailpanel.h"
#include "forcetablemodel.h"
#include "shippeddata.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pcc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ForceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tabs(new QTabWidget(this))
    , m_list(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_details(new ForceDetailPanel(this))
{
    setWindowTitle(tr("PCC Campaigner"));
    resize(1200, 760);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ForceTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ForceTableModel::AreaColumn, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Police force areas"));

    m_search->setPlaceholderText(tr("Search areas, offices, holders…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the directory"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_list);
    m_tabs->addTab(listPage, tr("&List"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    buildMenus();
    loadDirectory();

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onListSelectionChanged);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About PCC Campaigner"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::loadDirectory()
{
    const ShippedData::DirectoryLoad load = ShippedData::loadDirectory();
    m_directory = load.directory;
    m_model->setDirectory(m_directory);
    m_list->resizeColumnsToContents();
    statusBar()->showMessage(tr("%n policing bodies, data version %1", nullptr, int(m_directory.forces().size()))
                                 .arg(m_directory.dataVersion()));
    if (!load.warning.isEmpty()) {
        // Shown after the window is up, so a bad override file never blocks startup.
        QTimer::singleShot(0, this, [this, warning = load.warning] {
            QMessageBox::warning(this, tr("Updated data not used"), warning);
        });
    }
}

void MainWindow::selectForce(const QString &forceId)
{
    if (forceId == m_selectedForce && !forceId.isEmpty())
        return;
    m_selectedForce = forceId;
    m_details->showForce(m_directory.force(forceId));
    const int row = m_model->rowOfForce(forceId);
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (proxyIndex.isValid() && m_list->currentIndex().row() != proxyIndex.row()) {
        m_list->setCurrentIndex(proxyIndex);
        m_list->scrollTo(proxyIndex);
    }
    emit forceSelected(forceId);
}

void MainWindow::onListSelectionChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        selectForce(current.data(ForceTableModel::ForceIdRole).toString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About PCC Campaigner"),
        tr("<h3>PCC Campaigner %1</h3>"
           "<p>Helps volunteers write to their police and crime commissioner (or the mayor or police authority "
           "that holds that role) asking them to fund specialist support services for stalking victims.</p>"
           "<p>Your profiles, letters and contact log stay on this computer. The network is used only when you "
           "ask for an online postcode lookup.</p>"
           "<p><b>Planned change:</b> the Home Office announced on 13 November 2025 that police and crime "
           "commissioners will be abolished in May 2028; mayors or new Policing and Crime Boards will take on "
           "their role (source: Home Office release “Police and crime commissioners to be scrapped”, and the "
           "Commons statement repeated in the Lords on 18 November 2025).</p>"
           "<p>%2</p>")
            .arg(AppInfo::version(), AppInfo::aboutDataCredits().toHtmlEscaped().replace(u"\n"_s, u"<br/>"_s)));
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        emit firstPainted();
    }
}

} // namespace pcc
