#pragma once

#include <QString>

#include <libpq-fe.h>

namespace pcc {

// The few libpq calls that Qt's QPSQL driver does not offer: statements whose values travel as
// protocol parameters (QPSQL writes them into the SQL text, where a failed statement puts them
// into the server's log) and the client-side SCRAM verifier for a new role's password.
//
// Resolved at run time from the libpq that the QPSQL plugin has already loaded, so the program
// does not load libpq (and OpenSSL, Kerberos, LDAP...) at every start, only in team mode.
struct LibPq
{
    PGresult *(*execParams)(PGconn *, const char *, int, const Oid *, const char *const *, const int *, const int *, int) = nullptr;
    ExecStatusType (*resultStatus)(const PGresult *) = nullptr;
    char *(*resultErrorField)(const PGresult *, int) = nullptr;
    char *(*errorMessage)(const PGconn *) = nullptr;
    int (*ntuples)(const PGresult *) = nullptr;
    int (*nfields)(const PGresult *) = nullptr;
    char *(*getvalue)(const PGresult *, int, int) = nullptr;
    int (*getisnull)(const PGresult *, int, int) = nullptr;
    void (*clear)(PGresult *) = nullptr;
    char *(*encryptPasswordConn)(PGconn *, const char *, const char *, const char *) = nullptr;
    void (*freemem)(void *) = nullptr;

    // Null with a reason when the library or one of its calls is missing.
    static const LibPq *get(QString *error);
};

} // namespace pcc
