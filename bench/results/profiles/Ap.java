/**
 * Loads async-profiler (tools.profiler:async-profiler from Maven Central, its
 * linux-x64/libasyncProfiler.so unpacked to /tmp/ap) into a running JVM with options as one
 * string, e.g. {@code java Ap.java PID start,event=itimer,interval=1ms} and later
 * {@code java Ap.java PID stop,file=/tmp/x.collapsed,collapsed}. (jcmd's JVMTI.agent_load
 * did not pass options with commas through: the agent answered "event must not be empty".)
 */
import com.sun.tools.attach.VirtualMachine;
public class Ap {
	public static void main(String[] args) throws Exception {
		VirtualMachine vm = VirtualMachine.attach(args[0]);
		try { vm.loadAgentPath("/tmp/ap/linux-x64/libasyncProfiler.so", args[1]); } finally { vm.detach(); }
	}
}
