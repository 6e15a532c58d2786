#include "shell/firstrunguide.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pcc {

FirstRunGuide::FirstRunGuide(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_progress(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    setWindowTitle(tr("First steps"));
    addPage(Step::Profile, tr("1. Create your profile"),
            tr("Your name and address go at the top of every letter, and your postcode tells the app who your "
               "police and crime commissioner is. They stay on this computer."),
            tr("Create my &profile…"));
    addPage(Step::Find, tr("2. Find your commissioner"),
            tr("Type your postcode, or the name of your area, in \"Find my commissioner\" at the top of the window, "
               "or click your area on the map. The panel on the right shows who holds the office and how to reach them."),
            tr("Take me to the &search box"));
    addPage(Step::Funding, tr("3. Read what the office funds"),
            tr("Under \"What this office funds for stalking victims\" the panel says what the campaign's research "
               "found about this office: whether it funds a specialist stalking service, with the source and its date. "
               "Your letter can thank them, or ask them to start."),
            tr("Show me the &panel"));
    addPage(Step::Write, tr("4. Write and print your letter"),
            tr("The letter editor starts from the campaign's letter, with your commissioner's name and address filled "
               "in. Change what you like, then print it, save a PDF or make an email draft from the Send menu."),
            tr("&Write my letter…"));
    addPage(Step::Record, tr("5. Record that you sent it"),
            tr("Recording the letter colours your area on the map and reminds you to follow up if no reply comes. "
               "The app offers to record it after you print or email; you can also record it yourself."),
            tr("&Record a letter…"));

    auto *skip = new QPushButton(tr("&Skip the guide"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress);
    buttons->addStretch();
    buttons->addWidget(skip);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_pages);
    box->addLayout(buttons);
    m_next->setDefault(true);

    connect(skip, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (currentPage() + 1 < pageCount())
            goTo(currentPage() + 1);
        else
            accept();
    });
    resize(540, 260);
    refreshButtons();
}

void FirstRunGuide::addPage(Step step, const QString &title, const QString &text, const QString &action)
{
    auto *page = new QWidget(m_pages);
    auto *box = new QVBoxLayout(page);
    auto *heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()), page);
    auto *body = new QLabel(text, page);
    body->setWordWrap(true);
    auto *button = new QPushButton(action, page);
    box->addWidget(heading);
    box->addWidget(body);
    box->addSpacing(8);
    box->addWidget(button, 0, Qt::AlignLeft);
    box->addStretch();
    connect(button, &QPushButton::clicked, this, [this, step] { emit stepRequested(step); });
    m_pages->addWidget(page);
}

int FirstRunGuide::pageCount() const
{
    return m_pages->count();
}

int FirstRunGuide::currentPage() const
{
    return m_pages->currentIndex();
}

void FirstRunGuide::goTo(int page)
{
    m_pages->setCurrentIndex(std::clamp(page, 0, pageCount() - 1));
    refreshButtons();
}

void FirstRunGuide::refreshButtons()
{
    m_progress->setText(tr("Step %1 of %2").arg(currentPage() + 1).arg(pageCount()));
    m_back->setEnabled(currentPage() > 0);
    m_next->setText(currentPage() + 1 < pageCount() ? tr("&Next") : tr("&Done"));
}

} // namespace pcc
