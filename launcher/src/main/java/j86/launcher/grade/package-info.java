/**
 * In-process headless grading ({@code j86 grade}): a lab grading suite read from a small
 * line-based file ({@link j86.launcher.grade.SuiteParser}) runs in one JVM, each test on its own
 * machine, several at once ({@link j86.launcher.grade.Grader}), and is judged as the bash lab
 * grader judges it ({@link j86.launcher.grade.Checker}).
 *
 * <p>Library use (the test-suites module does this):
 * <pre>
 * Suite s = SuiteParser.parse(Path.of("jos/grade/lab4.suite"));
 * try (Grader g = new Grader(jobs, Engines.named("interp"))) {
 *     Future&lt;RunResult&gt; f = g.submit(s.test("primes"));
 *     List&lt;String&gt; problems = Checker.problems(Grader.await(f));
 * }
 * </pre>
 */
package j86.launcher.grade;
