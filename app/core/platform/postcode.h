#pragma once

#include <QString>

namespace pcc {

// A UK postcode, full ("BS20 8JJ") or outward code only ("BS20").
class Postcode
{
public:
    static Postcode parse(const QString &text); // invalid when the text is not a UK postcode
    static bool isValidFull(const QString &text);

    bool isValid() const { return !m_outward.isEmpty(); }
    bool isFull() const { return !m_inward.isEmpty(); }
    QString outward() const { return m_outward; }
    QString inward() const { return m_inward; }
    QString area() const; // the leading letters: "BS", "SW"
    QString toString() const; // normalised: upper case, one space

private:
    QString m_outward;
    QString m_inward;
};

} // namespace pcc
