#include "campaignreport.h"

#include "typefaces.h"

#include "isodates.h"

#include "wholefile.h"
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::CampaignReport)
};

QString ukDate(const QDate &d)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, u"d MMMM yyyy"_s);
}

// Millimetres on the page, for a painter on a QPdfWriter at `dpi`.
struct Page
{
    double dpi;
    double mm(double v) const { return v * dpi / 25.4; }
    QRectF rect(double x, double y, double w, double h) const { return {mm(x), mm(y), mm(w), mm(h)}; }
};

QFont font(double pt, bool bold = false)
{
    QFont f = Typefaces::printFont(Typefaces::sansFamily(), pt);
    f.setBold(bold);
    return f;
}

} // namespace

CampaignReport::CampaignReport(CampaignFigures figures, MapPicture map, QString scope, QString dataVersion, QDate date)
    : m_figures(std::move(figures))
    , m_map(std::move(map))
    , m_scope(std::move(scope))
    , m_dataVersion(std::move(dataVersion))
    , m_date(date)
{
}

bool CampaignReport::writePdf(const QString &path, QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(Tr::tr("Campaign report"));
    pdf.setCreator(u"PCC Campaigner"_s);
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const Page pg{double(pdf.resolution())};
    const double width = 180; // mm inside the margins
    QPainter p(&pdf);
    p.setRenderHint(QPainter::Antialiasing);

    // Page 1: the headline, the map, the figures and the months.
    p.setFont(font(16, true));
    p.drawText(pg.rect(0, 0, width, 10), Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Stalking support campaign: progress report"));
    p.setFont(font(9.5));
    p.drawText(pg.rect(0, 10, width, 6), Qt::AlignLeft | Qt::AlignVCenter,
               Tr::tr("%1 · %2 · contact data version %3").arg(ukDate(m_date), m_scope, m_dataVersion));

    const double mapW = 105;
    m_map.paint(p, pg.rect(0, 20, mapW, mapW * MapPicture::AspectRatio));

    const double x = mapW + 8;
    const double colW = width - x;
    p.setFont(font(26, true));
    p.drawText(pg.rect(x, 22, colW, 14), Qt::AlignLeft | Qt::AlignVCenter,
               Tr::tr("%1 of %2").arg(m_figures.contacted).arg(m_figures.offices));
    p.setFont(font(11));
    p.drawText(pg.rect(x, 36, colW, 7), Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("offices contacted"));
    const QList<QPair<QString, int>> lines{{Tr::tr("Letters sent"), m_figures.lettersSent},
                                           {Tr::tr("Offices that replied"), m_figures.officesReplied},
                                           {Tr::tr("Commitments to fund"), m_figures.commitments}};
    double y = 50;
    for (const auto &[label, value] : lines) {
        p.setFont(font(11));
        p.drawText(pg.rect(x, y, colW - 16, 7), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.setFont(font(11, true));
        p.drawText(pg.rect(x, y, colW, 7), Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), pg.mm(0.2)));
        p.drawLine(QPointF(pg.mm(x), pg.mm(y + 7.5)), QPointF(pg.mm(x + colW), pg.mm(y + 7.5)));
        p.setPen(Qt::black);
        y += 9;
    }

    // Letters sent per month: the last twelve months up to this one.
    const double chartTop = 20 + mapW * MapPicture::AspectRatio + 8;
    p.setFont(font(11, true));
    p.drawText(pg.rect(0, chartTop, width, 7), Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Letters sent per month"));
    QList<QPair<QString, int>> months;
    const QDate first(m_date.year(), m_date.month(), 1);
    for (int i = 11; i >= 0; --i) {
        const QDate m = first.addMonths(-i);
        months.append({QLocale(QLocale::English, QLocale::UnitedKingdom).toString(m, u"MMM yy"_s),
                       m_figures.sentPerMonth.value(m.toString(u"yyyy-MM"_s))});
    }
    int most = 1;
    for (const auto &m : months)
        most = std::max(most, m.second);
    const double chartH = 40, barAreaTop = chartTop + 9, slot = width / months.size();
    for (qsizetype i = 0; i < months.size(); ++i) {
        const double h = chartH * months.at(i).second / most;
        const double bx = i * slot + slot * 0.15;
        p.fillRect(pg.rect(bx, barAreaTop + chartH - h, slot * 0.7, h), QColor(0x56, 0xb4, 0xe9));
        p.setFont(font(7.5));
        if (months.at(i).second > 0)
            p.drawText(pg.rect(i * slot, barAreaTop + chartH - h - 5, slot, 5), Qt::AlignHCenter | Qt::AlignBottom,
                       QString::number(months.at(i).second));
        p.drawText(pg.rect(i * slot, barAreaTop + chartH + 1, slot, 5), Qt::AlignHCenter | Qt::AlignTop, months.at(i).first);
    }
    p.setPen(QPen(Qt::black, pg.mm(0.2)));
    p.drawLine(QPointF(0, pg.mm(barAreaTop + chartH)), QPointF(pg.mm(width), pg.mm(barAreaTop + chartH)));

    // Page 2: every office, with where the campaign stands.
    if (!pdf.newPage()) {
        *error = Tr::tr("Cannot start the second page of the report.");
        return false;
    }
    p.setFont(font(13, true));
    p.drawText(pg.rect(0, 0, width, 8), Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Each office"));
    const double cols[] = {0, 50, 84, 104, 136, 158};
    const QStringList heads{Tr::tr("Area"), Tr::tr("Status"), Tr::tr("Last letter"), Tr::tr("Reply"), Tr::tr("Answered"),
                            Tr::tr("Days to reply")};
    double rowY = 10;
    const double rowH = 5.6;
    p.setFont(font(8.5, true));
    for (int c = 0; c < 6; ++c)
        p.drawText(pg.rect(cols[c], rowY, c + 1 < 6 ? cols[c + 1] - cols[c] : width - cols[c], rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   heads.at(c));
    rowY += rowH;
    p.setFont(font(8.5));
    for (qsizetype i = 0; i < m_figures.rows.size(); ++i) {
        const CampaignFigures::ForceRow &r = m_figures.rows.at(i);
        if (i % 2 == 0)
            p.fillRect(pg.rect(0, rowY, width, rowH), QColor(0xf2, 0xf2, 0xf2));
        p.drawText(pg.rect(cols[0] + 1, rowY, cols[1] - 1, rowH), Qt::AlignLeft | Qt::AlignVCenter, r.areaName);
        p.drawText(pg.rect(cols[1], rowY, cols[2] - cols[1], rowH), Qt::AlignLeft | Qt::AlignVCenter, forceProgressLabel(r.progress));
        p.drawText(pg.rect(cols[2], rowY, cols[3] - cols[2], rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   r.lastLetter.isValid() ? IsoDates::date(r.lastLetter) : u"–"_s);
        p.drawText(pg.rect(cols[3], rowY, cols[4] - cols[3], rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   r.lastReply == ReplyOutcome::None ? u"–"_s : replyOutcomeLabel(r.lastReply));
        // "2 of 3": letters answered of letters sent; the median days from a letter to its reply.
        p.drawText(pg.rect(cols[4], rowY, cols[5] - cols[4], rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   r.sent > 0 ? Tr::tr("%1 of %2").arg(r.answered).arg(r.sent) : u"–"_s);
        p.drawText(pg.rect(cols[5], rowY, width - cols[5], rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   r.medianDaysToReply ? QLocale().toString(*r.medianDaysToReply, 'g', 4) : u"–"_s);
        rowY += rowH;
    }
    p.setFont(font(7.5));
    p.drawText(pg.rect(0, rowY + 3, width, 12), Qt::AlignLeft | Qt::TextWordWrap,
               Tr::tr("The figures come from the contact log on this computer (and any logs imported into it). %1")
                   .arg(MapPicture::credit()));
    p.end();

    return WholeFile::write(path, bytes, error);
}

} // namespace pcc
