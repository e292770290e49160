package j86.launcher.grade;

/** Bad grading input (options, suite file, missing image): reported as one line, exit status 2. */
public final class GradeException extends Exception {
    public GradeException(String message) {
        super(message);
    }
}
