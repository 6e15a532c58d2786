#include "letters/lettersendactions.h"

#include "letters/letteroutput.h"
#include "letters/paperoutput.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pcc {

LetterSendActions::LetterSendActions(const Source &source, LetterOutput *output, PaperOutput *paper, QWidget *window)
    : m_source(source)
    , m_output(output)
    , m_paper(paper)
    , m_window(window)
{
}

QAction *LetterSendActions::add(QMenu *menu, const QString &text, const QKeySequence &key, const std::function<void()> &action)
{
    QAction *a = menu->addAction(text);
    if (!key.isEmpty())
        a->setShortcut(key);
    QObject::connect(a, &QAction::triggered, m_window, action);
    return a;
}

QToolButton *LetterSendActions::fill(QMenu *file)
{
    const Source &s = m_source;
    LetterOutput *out = m_output;
    QAction *printAction = add(file, tr("&Print…"), QKeySequence::Print, [s, out] {
        if (s.ensureSender())
            out->print({s.current()}, false);
    });
    QAction *previewAction = add(file, tr("Print pre&view…"), {}, [s, out] {
        if (s.ensureSender())
            out->print({s.current()}, true);
    });
    QAction *printTickedAction = add(file, tr("Print the &ticked letters…"), {}, [s, out] {
        if (s.ensureSender())
            out->print(s.ticked(), false);
    });
    QAction *envelopesAction = add(file, tr("Print e&nvelopes for the ticked letters…"), {}, [s, paper = m_paper] {
        paper->printEnvelopes(s.tickedForceIds(), s.sender()); // no profile needed: the return address is asked for
    });
    QAction *labelsAction = add(file, tr("Print address &labels for the ticked letters…"), {},
                                [s, paper = m_paper] { paper->printLabels(s.tickedForceIds()); });
    QAction *pdfAction = add(file, tr("Export as P&DF…"), QKeySequence(u"Ctrl+E"_s), [s, out] {
        if (s.ensureSender())
            out->exportPdf({s.current()}, false, s.sender());
    });
    QAction *tickedPdfAction = add(file, tr("Export ticked letters to &one PDF…"), {}, [s, out] {
        if (s.ensureSender())
            out->exportPdf(s.ticked(), false, s.sender());
    });
    QAction *separatePdfAction = add(file, tr("Export ticked letters as separate PD&Fs…"), {}, [s, out] {
        if (s.ensureSender())
            out->exportPdf(s.ticked(), true, s.sender());
    });
    file->addSeparator();
    QAction *emlAction = add(file, tr("Save &email draft (.eml)…"), {}, [s, out] {
        if (s.ensureSender())
            out->saveEml(s.current(), s.sender());
    });
    QAction *mailAction = add(file, tr("Open in email pro&gram"), {}, [s, out] {
        if (s.ensureSender())
            out->openInEmailProgram(s.current());
    });
    QAction *copyAction = add(file, tr("Cop&y letter text"), QKeySequence(u"Ctrl+Shift+C"_s), [s, out] { out->copy(s.current()); });

    // In one menu on the toolbar: the toolbar never overflows.
    auto *send = new QToolButton(m_window);
    send->setText(tr("&Send…"));
    send->setToolTip(tr("Print, save as PDF, email or copy this letter"));
    send->setToolButtonStyle(Qt::ToolButtonTextOnly);
    send->setPopupMode(QToolButton::InstantPopup);
    auto *sendMenu = new QMenu(send);
    sendMenu->addActions({printAction, previewAction, printTickedAction});
    sendMenu->addSeparator();
    sendMenu->addActions({envelopesAction, labelsAction});
    sendMenu->addSeparator();
    sendMenu->addActions({pdfAction, tickedPdfAction, separatePdfAction});
    sendMenu->addSeparator();
    sendMenu->addActions({emlAction, mailAction, copyAction});
    send->setMenu(sendMenu);
    send->setObjectName(u"sendButton"_s);
    return send;
}

} // namespace pcc
