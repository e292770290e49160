package j86.launcher;

/** One disk named on the command line: {@code -drive file=F,index=N,...}, {@code -hda F} or a bare image. */
public record DriveSpec(String file, int index, boolean snapshot) {}
