#include "shell/firstrunguide.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pcc {

FirstRunGuide::FirstRunGuide(Actions actions, QWidget *parent)
    : QFrame(parent)
    , m_actions(std::move(actions))
    , m_pages(new QStackedWidget(this))
    , m_progress(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    setObjectName(u"firstRunGuide"_s);
    setAccessibleName(tr("First steps"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#firstRunGuide { background: #eef4fb; border: 1px solid #9bb7d4; }"_s);
    addPage(Step::Profile, tr("1. Create your profile"),
            tr("Your name and address go at the top of every letter, and your postcode tells the app who your "
               "police and crime commissioner is. They stay on this computer."),
            tr("Create m&y profile…"));
    addPage(Step::Find, tr("2. Find your commissioner"),
            tr("Type your postcode, or the name of your area, in \"Find my commissioner\" at the top of the window, "
               "or click your area on the map. The panel on the right shows who holds the office and how to reach them."),
            tr("Take me to the search bo&x"));
    addPage(Step::Funding, tr("3. Read what the office funds"),
            tr("Under \"What this office funds for stalking victims\" the panel says what the campaign's research "
               "found about this office: whether it funds a specialist stalking service, with the source and its date. "
               "Your letter can thank them, or ask them to start."),
            tr("Show me the pan&el"));
    addPage(Step::Write, tr("4. Write and print your letter"),
            tr("The letter editor starts from the campaign's letter, with your commissioner's name and address filled "
               "in. Change what you like, then print it, save a PDF or make an email draft from the Send menu."),
            tr("Write m&y letter…"));
    addPage(Step::Record, tr("5. Record that you sent it"),
            tr("Recording the letter colours your area on the map and reminds you to follow up if no reply comes. "
               "The app offers to record it after you print or email; you can also record it yourself."),
            tr("R&ecord a contact…"));

    auto *skip = new QPushButton(tr("S&kip the guide"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress);
    buttons->addStretch();
    buttons->addWidget(skip);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(10, 6, 10, 6);
    box->addWidget(m_pages);
    box->addLayout(buttons);

    connect(skip, &QPushButton::clicked, this, &FirstRunGuide::finish);
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (currentPage() + 1 < pageCount())
            goTo(currentPage() + 1);
        else
            finish();
    });
    refresh();
}

void FirstRunGuide::addPage(Step step, const QString &title, const QString &text, const QString &action)
{
    auto *page = new QWidget(m_pages);
    auto *box = new QVBoxLayout(page);
    box->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(page);
    auto *body = new QLabel(text, page);
    body->setWordWrap(true);
    auto *button = new QPushButton(action, page);
    box->addWidget(heading);
    box->addWidget(body);
    box->addWidget(button, 0, Qt::AlignLeft);
    connect(button, &QPushButton::clicked, this, [this, step] { doStep(step); });
    m_pages->addWidget(page);
    m_headings << heading;
    m_buttons << button;
    m_titles << title;
    m_done << false;
}

void FirstRunGuide::doStep(Step step)
{
    // The later steps need an area: the volunteer's own, or the one they picked.
    const bool needsArea = step == Step::Funding || step == Step::Write || step == Step::Record;
    if (needsArea && !m_actions.ensureArea()) {
        m_actions.status(tr("First find your area (step 2): type your postcode at the top, or click the map."));
        m_actions.focusFinder();
        return;
    }
    switch (step) {
    case Step::Profile:
        m_actions.createProfile();
        break;
    case Step::Find:
        m_actions.focusFinder();
        break;
    case Step::Funding:
        m_actions.showFunding();
        stepDone(Step::Funding); // reading the panel is the step
        break;
    case Step::Write:
        m_actions.writeLetter();
        break;
    case Step::Record:
        m_actions.recordContact();
        break;
    }
}

void FirstRunGuide::stepDone(Step step)
{
    const int index = int(step);
    const bool newlyDone = !m_done.at(index);
    // A step done means the ones before it are too: a letter recorded was written, to an area found.
    for (int i = 0; i <= index; ++i)
        m_done[i] = true;
    // Moves on only when a step is newly done at or beyond the page shown, to the next step not
    // done yet; a page the volunteer went back to stays.
    if (newlyDone && currentPage() <= index) {
        int next = index + 1;
        while (next + 1 < pageCount() && m_done.at(next))
            ++next;
        goTo(next);
    } else {
        refresh();
    }
}

bool FirstRunGuide::isDone(Step step) const
{
    return m_done.value(int(step));
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
    refresh();
}

void FirstRunGuide::refresh()
{
    for (int i = 0; i < m_headings.size(); ++i) {
        const QString title = m_done.at(i) ? tr("%1 (done)").arg(m_titles.at(i)) : m_titles.at(i);
        m_headings.at(i)->setText(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()));
    }
    // Once there is a profile, step 1 edits it: a second "create" would make a second volunteer.
    const int profilePage = int(Step::Profile);
    if (profilePage < m_buttons.size())
        m_buttons.at(profilePage)->setText(m_done.at(profilePage) ? tr("Edit m&y profile…") : tr("Create m&y profile…"));
    m_progress->setText(tr("Step %1 of %2").arg(currentPage() + 1).arg(pageCount()));
    m_back->setEnabled(currentPage() > 0);
    m_next->setText(currentPage() + 1 < pageCount() ? tr("&Next") : tr("Do&ne"));
}

void FirstRunGuide::finish()
{
    hide(); // Help, First steps shows it again where it was
}

} // namespace pcc
