// pcc-spawn-measure RESULT PROGRAM [ARGS...]: runs PROGRAM and writes "exit ms maxrss_kb paint_ms"
// to RESULT. A tiny process with no Qt: a child's peak RSS (ru_maxrss) starts from the size of
// the process that forked it, so pcc-bench, itself large, measures through this one.
// paint_ms is the time from the start to the child's first paint, when the child prints
// "first paint: NS" (the system's monotonic clock, as pcc-campaigner --exit-after-startup and
// the reference windows do), else -1: "ms" runs to the child's exit, and includes its teardown.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: pcc-spawn-measure RESULT PROGRAM [ARGS...]\n");
        return 2;
    }
    int out[2];
    if (pipe(out) != 0)
        return 1;
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(out[1], 1);
        dup2(devnull, 2);
        close(out[0]);
        close(out[1]);
        execv(argv[2], argv + 2);
        _exit(127);
    }
    if (pid < 0)
        return 1;
    close(out[1]);
    // Read to the end before waiting: a child that writes more than a pipe holds would wait for us.
    std::string text;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n > 0)
            text.append(buffer, size_t(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return 1;
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double startNs = double(start.tv_sec) * 1e9 + double(start.tv_nsec);
    const double ms = (double(end.tv_sec) * 1e9 + double(end.tv_nsec) - startNs) / 1e6;
    double paintMs = -1;
    if (const size_t at = text.rfind("first paint: "); at != std::string::npos)
        paintMs = (std::strtod(text.c_str() + at + std::strlen("first paint: "), nullptr) - startNs) / 1e6;
    FILE *result = std::fopen(argv[1], "w");
    if (!result)
        return 1;
    std::fprintf(result, "%d %.3f %ld %.3f\n", WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), ms,
                 usage.ru_maxrss, paintMs);
    std::fclose(result);
    return 0;
}
