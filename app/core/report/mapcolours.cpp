#include "mapcolours.h"

namespace pcc::MapColours {

QColor progressFill(ForceProgress progress, bool dark)
{
    switch (progress) {
    case ForceProgress::NotContacted: return dark ? QColor(0x4a, 0x4f, 0x57) : QColor(0xf2, 0xef, 0xe6);
    case ForceProgress::Sent: return QColor(0x56, 0xb4, 0xe9);       // sky blue
    case ForceProgress::Replied: return QColor(0xe6, 0x9f, 0x00);    // orange
    case ForceProgress::Commitment: return QColor(0x00, 0x9e, 0x73); // bluish green
    }
    return {};
}

// One blue-green sequence from dark to light, most funded first: the order survives printing in
// greyscale (each step lighter than the one before) and no two steps rely on red against green.
QColor evidenceFill(AdvocacyStatus status, bool dark)
{
    switch (status) {
    case AdvocacyStatus::FundsAdvocacy: return QColor(0x22, 0x5e, 0xa8);
    case AdvocacyStatus::Commissioning: return QColor(0x1d, 0x91, 0xc0);
    case AdvocacyStatus::FundedMayHaveEnded: return QColor(0x41, 0xb6, 0xc4);
    case AdvocacyStatus::PoliceLedOrOtherOnly: return QColor(0x7f, 0xcd, 0xbb);
    case AdvocacyStatus::GeneralServicesOnly: return QColor(0xc7, 0xe9, 0xb4);
    case AdvocacyStatus::NothingFound: return QColor(0xff, 0xff, 0xcc);
    case AdvocacyStatus::None: return dark ? QColor(0x6b, 0x6b, 0x6b) : QColor(0x99, 0x99, 0x99);
    }
    return {};
}

QColor answeredSomeFill(bool)
{
    return QColor(0xf0, 0xe4, 0x42); // Okabe–Ito yellow
}

QColor noPccFill(bool dark)
{
    return dark ? QColor(0x2b, 0x2d, 0x31) : QColor(0xd9, 0xd9, 0xd9);
}

QColor border(bool dark)
{
    return dark ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x55, 0x55, 0x55);
}

QColor selectedOutline(bool dark)
{
    return dark ? QColor(Qt::white) : QColor(Qt::black);
}

QColor sea(bool dark)
{
    return dark ? QColor(0x1b, 0x24, 0x30) : QColor(0xe8, 0xf1, 0xf8);
}

} // namespace pcc::MapColours
