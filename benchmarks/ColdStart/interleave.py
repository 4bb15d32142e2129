"""Runs what coldstart.sh published (its output folder) in random order, round after round, so before and after see
the same machine load even when it changes during the session; prints median wall time and CPU (user + system).
   python3 benchmarks/ColdStart/interleave.py [rounds] [folder]   (defaults 40, $TMPDIR/perfind-coldstart)"""
import os, random, resource, statistics, subprocess, sys, time

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.environ.get("TMPDIR", "/tmp"), "perfind-coldstart")
project = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../tests/PerfIndicators.Tests/TestData/Scoring/huzhou-liaison-2023.json")
commands = {}
for name in ["hello-jit", "hello-r2r", "perfind-jit", "perfind-r2r", "baseline-jit", "baseline-r2r"]:
    exe = os.path.join(out, name, "hello" if name.startswith("hello") else "perfind")
    if os.path.exists(exe):
        commands[name] = [exe] if name.startswith("hello") else [exe, "score", project]

wall = {k: [] for k in commands}
cpu = {k: [] for k in commands}
for command in commands.values():
    for _ in range(3):
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
for _ in range(rounds):
    order = list(commands)
    random.shuffle(order)
    for name in order:
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(commands[name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        end, after = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        wall[name].append((end - start) * 1000)
        cpu[name].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)

print("load average", " ".join(f"{x:.1f}" for x in os.getloadavg()))
for name in commands:
    print(f"{name:>13}  wall median {statistics.median(wall[name]):6.1f} ms  min {min(wall[name]):6.1f}"
          f"  cpu median {statistics.median(cpu[name]):6.1f} ms  min {min(cpu[name]):6.1f}")
