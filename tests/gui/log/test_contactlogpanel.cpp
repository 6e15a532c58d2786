// The contact log's table: dates in the locale's own format (as the office's panel shows them),
// still sorted as dates; statuses by their names, not their stored keys; its filters, each day whole.
#include "catchcompat.h"

#include "contactlogmodel.h"
#include "contactrecord.h"
#include "log/contactlogfilter.h"
#include "log/contactlogpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QScopeGuard>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("log table: dates show as the locale writes them and sort as dates", "[gui][log]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); }); // even when a REQUIRE stops the test
    ContactLogModel model;
    QList<ContactRecord> records;
    for (const QDate &d : {QDate(2026, 2, 1), QDate(2025, 12, 31), QDate(2026, 11, 20)}) {
        ContactRecord r;
        r.uuid = d.toString(Qt::ISODate);
        r.forceId = u"kent"_s;
        r.date = d;
        r.status = ContactStatus::Sent;
        r.followUpDue = d.addDays(14);
        records << r;
    }
    model.setRecords(records, {{u"kent"_s, u"Kent"_s}});
    ContactLogPanel panel(&model);
    QTableView *table = panel.table();
    table->sortByColumn(ContactLogModel::DateColumn, Qt::DescendingOrder);
    QStringList shown;
    for (int row = 0; row < 3; ++row)
        shown << table->model()->index(row, ContactLogModel::DateColumn).data().toString();
    // Newest first, by date ("01/02/2026" would sort after "31/12/2025" as text).
    CHECK(shown == QStringList{u"20/11/2026"_s, u"01/02/2026"_s, u"31/12/2025"_s});
    CHECK(table->model()->index(0, ContactLogModel::FollowUpColumn).data().toString() == u"04/12/2026"_s);
    table->sortByColumn(ContactLogModel::FollowUpColumn, Qt::AscendingOrder);
    CHECK(table->model()->index(0, ContactLogModel::DateColumn).data().toString() == u"31/12/2025"_s);

    QComboBox *status = panel.findChildren<QComboBox *>().value(1);
    REQUIRE(status);
    QStringList statuses;
    for (int i = 1; i < status->count(); ++i)
        statuses << status->itemText(i);
    CHECK(statuses == QStringList{statusLabel(ContactStatus::Drafted), statusLabel(ContactStatus::Sent),
                                  statusLabel(ContactStatus::Acknowledged), statusLabel(ContactStatus::Replied)});
    CHECK(status->itemData(2).toString() == statusKey(ContactStatus::Sent));
    // The count says how many of all the contacts the filters leave.
    QLabel *count = nullptr;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->text().startsWith(u"Showing"_s))
            count = label;
    }
    REQUIRE(count);
    CHECK(count->text() == u"Showing 3 of 3 contacts"_s);
    status->setCurrentIndex(status->findData(statusKey(ContactStatus::Replied)));
    CHECK(count->text() == u"Showing 0 of 3 contacts"_s);
    status->setCurrentIndex(status->findData(statusKey(ContactStatus::Sent)));
    CHECK(count->text() == u"Showing 3 of 3 contacts"_s);
}

TEST_CASE("log table: a date range keeps the letters of its first and last days, and the filters combine", "[gui][log]")
{
    ContactLogModel model;
    QList<ContactRecord> records;
    const QList<std::tuple<QDate, QString, ContactStatus>> rows{
        {QDate(2026, 10, 31), u"ann"_s, ContactStatus::Sent},    // the day before
        {QDate(2026, 11, 1), u"ann"_s, ContactStatus::Sent},     // the first day
        {QDate(2026, 11, 15), u"bob"_s, ContactStatus::Replied}, // inside
        {QDate(2026, 11, 30), u"ann"_s, ContactStatus::Drafted}, // the last day
        {QDate(2026, 12, 1), u"bob"_s, ContactStatus::Sent},     // the day after
    };
    for (const auto &[date, profile, status] : rows) {
        ContactRecord r;
        r.uuid = date.toString(Qt::ISODate);
        r.profileUuid = profile;
        r.forceId = u"kent"_s;
        r.date = date;
        r.status = status;
        records << r;
    }
    model.setRecords(records, {{u"kent"_s, u"Kent"_s}});
    ContactLogFilter filter;
    filter.setSourceModel(&model);
    auto shown = [&filter] {
        QStringList uuids;
        for (int row = 0; row < filter.rowCount(); ++row)
            uuids << filter.index(row, 0).data(ContactLogModel::UuidRole).toString();
        uuids.sort();
        return uuids;
    };
    CHECK(shown().size() == 5);
    filter.setDateRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
    CHECK(shown() == QStringList{u"2026-11-01"_s, u"2026-11-15"_s, u"2026-11-30"_s});
    filter.setProfile(u"ann"_s);
    CHECK(shown() == QStringList{u"2026-11-01"_s, u"2026-11-30"_s});
    filter.setStatus(statusKey(ContactStatus::Sent));
    CHECK(shown() == QStringList{u"2026-11-01"_s});
    filter.setProfile({});
    filter.setStatus({});
    filter.setDateRange({}, QDate(2026, 11, 1)); // open at one end
    CHECK(shown() == QStringList{u"2026-10-31"_s, u"2026-11-01"_s});
    filter.setDateRange(QDate(2026, 11, 30), {});
    CHECK(shown() == QStringList{u"2026-11-30"_s, u"2026-12-01"_s});
}
