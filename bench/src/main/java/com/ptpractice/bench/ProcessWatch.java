package com.ptpractice.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who used the CPU during a step, from /proc: the stack (every process in the session of
 * a pid in {@code .run/pids}: the scripts start each with setsid), this harness,
 * PostgreSQL and Redis (they work for the stack but are shared with the machine), and
 * every other process, since the machine is shared with other work. Processes that
 * started and ended within the step are missed. Of the stack's CPU, also the part its
 * JVMs' JIT compiler threads used ({@code C1}/{@code C2 CompilerThread}): on two cores
 * shared by five JVMs the JIT was still compiling after the warm-up (docs/performance.md,
 * sixth and seventh passes). Also each stack process's resident memory (VmRSS, summed
 * over its session).
 */
final class ProcessWatch {

	/**
	 * The group of {@link #cores} that is the part of "stack" its JIT compiler threads
	 * used.
	 */
	static final String STACK_JIT = "stack JIT";

	private final Path pidDir;

	private final int clockTicks;

	private final long self = ProcessHandle.current().pid();

	ProcessWatch(Path runDir, int clockTicks) {
		this.pidDir = runDir.resolve("pids");
		this.clockTicks = clockTicks;
	}

	/** CPU ticks so far per process, and per stack process its JIT compiler threads'. */
	Snapshot snapshot() {
		Map<String, Long> stack = stackPids();
		Map<Long, ProcessTicks> processes = new HashMap<>();
		Map<Long, Long> compilers = new HashMap<>();
		try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path dir : proc) {
				read(dir).ifPresent((ticks) -> {
					processes.put(ticks.pid(), ticks);
					if (stack.containsValue(ticks.session())) {
						compilers.put(ticks.pid(), compilerTicks(dir));
					}
				});
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot list /proc", ex);
		}
		return new Snapshot(System.nanoTime(), stack, processes, compilers);
	}

	/** Cores used by each group between two snapshots (CPU seconds per wall second). */
	Map<String, Double> cores(Snapshot before, Snapshot after) {
		Map<String, Double> cores = new LinkedHashMap<>();
		for (String group : new String[] { "stack", "harness", "postgres", "redis", "other", STACK_JIT }) {
			cores.put(group, 0.0);
		}
		double wall = (after.nanoTime() - before.nanoTime()) / 1e9;
		for (ProcessTicks now : after.processes().values()) {
			ProcessTicks then = before.processes().get(now.pid());
			boolean same = then != null && then.startTime() == now.startTime();
			long base = same ? then.ticks() : 0;
			double used = (now.ticks() - base) / (double) this.clockTicks / wall;
			cores.merge(group(now, after.stack()), used, Double::sum);
			Long compiled = after.compilerTicks().get(now.pid());
			if (compiled != null) {
				long compiledBefore = same ? before.compilerTicks().getOrDefault(now.pid(), 0L) : 0;
				// a compiler thread that ended meanwhile takes its ticks with it: never
				// below 0
				long compiling = Math.max(0, compiled - compiledBefore);
				cores.merge(STACK_JIT, compiling / (double) this.clockTicks / wall, Double::sum);
			}
		}
		return cores;
	}

	/** CPU ticks so far of a process's JIT compiler threads (none if it is no JVM). */
	private static long compilerTicks(Path process) {
		long total = 0;
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(process.resolve("task"))) {
			for (Path task : tasks) {
				String name = Files.readString(task.resolve("comm")).strip();
				if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
					total += read(task).map(ProcessTicks::ticks).orElse(0L);
				}
			}
		}
		catch (IOException ex) {
			// the process (or the thread) ended meanwhile
		}
		return total;
	}

	/** Resident memory of each stack process, MiB. */
	Map<String, Long> residentMemory() {
		Map<String, Long> memory = new LinkedHashMap<>();
		stackPids().forEach((name, pid) -> memory.put(name, sessionRssKib(pid) / 1024));
		return memory;
	}

	private String group(ProcessTicks process, Map<String, Long> stack) {
		if (stack.containsValue(process.session())) {
			return "stack";
		}
		if (process.pid() == this.self) {
			return "harness";
		}
		if (process.name().startsWith("postgres")) {
			return "postgres";
		}
		if (process.name().startsWith("redis")) {
			return "redis";
		}
		return "other";
	}

	private long sessionRssKib(long session) {
		long total = 0;
		try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path dir : proc) {
				var ticks = read(dir);
				if (ticks.isPresent() && ticks.get().session() == session) {
					total += rssKib(dir);
				}
			}
		}
		catch (IOException ex) {
			return -1;
		}
		return total;
	}

	private static long rssKib(Path dir) {
		try {
			for (String line : Files.readAllLines(dir.resolve("status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// the process ended meanwhile
		}
		return 0;
	}

	private Map<String, Long> stackPids() {
		Map<String, Long> pids = new LinkedHashMap<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.pidDir, "*.pid")) {
			for (Path file : files) {
				String name = file.getFileName().toString().replace(".pid", "");
				pids.put(name, Long.parseLong(Files.readString(file).trim()));
			}
		}
		catch (IOException | NumberFormatException ex) {
			// no stack started by the scripts: nothing counts as the stack
		}
		return pids;
	}

	private static java.util.Optional<ProcessTicks> read(Path dir) {
		try {
			String stat = Files.readString(dir.resolve("stat"));
			int open = stat.indexOf('(');
			int close = stat.lastIndexOf(')');
			String[] fields = stat.substring(close + 2).split(" ");
			// fields[0] is field 3 of proc(5): session is 6, utime 14, stime 15,
			// starttime 22
			return java.util.Optional.of(new ProcessTicks(Long.parseLong(stat.substring(0, open).trim()),
					stat.substring(open + 1, close), Long.parseLong(fields[3]),
					Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long.parseLong(fields[19])));
		}
		catch (IOException | RuntimeException ex) {
			return java.util.Optional.empty();
		}
	}

	record Snapshot(long nanoTime, Map<String, Long> stack, Map<Long, ProcessTicks> processes,
			Map<Long, Long> compilerTicks) {
	}

	record ProcessTicks(long pid, String name, long session, long ticks, long startTime) {
	}

}
