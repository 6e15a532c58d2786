#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>
#include <optional>

namespace pcc {

// An icon made only when it is first drawn or measured: until then nothing is read.
class DeferredIconEngine : public QIconEngine
{
public:
    using Source = std::function<QIcon()>;
    explicit DeferredIconEngine(Source source);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    bool isNull() override; // false without making it: it stands for an icon that exists

    bool isMade() const { return m_icon.has_value(); }

private:
    const QIcon &icon();

    Source m_source;
    std::optional<QIcon> m_icon;
};

} // namespace pcc
