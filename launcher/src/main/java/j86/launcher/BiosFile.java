package j86.launcher;

import j86.hw.board.BiosFirmware;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Reads the -bios image, refusing with one line what cannot be a ROM image before anything starts. */
final class BiosFile {
    private BiosFile() {}

    static byte[] read(String name) throws UsageException {
        Path p;
        try {
            p = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("-bios " + name + ": not a valid file name");
        }
        if (Files.isDirectory(p)) {
            throw new UsageException("-bios " + name + ": is a directory, not a BIOS image");
        }
        if (!Files.exists(p)) {
            throw new UsageException("-bios " + name + ": no such BIOS image");
        }
        if (!Files.isRegularFile(p)) {
            throw new UsageException("-bios " + name + ": not a regular file");
        }
        try {
            String problem = BiosFirmware.sizeProblem(Files.size(p));
            if (problem != null) {
                throw new UsageException("-bios " + name + ": " + problem);
            }
            byte[] image = Files.readAllBytes(p);
            problem = BiosFirmware.sizeProblem(image.length); // it may have changed meanwhile
            if (problem != null) {
                throw new UsageException("-bios " + name + ": " + problem);
            }
            return image;
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UsageException("-bios " + name + ": cannot read the BIOS image (permission denied)");
        } catch (IOException e) {
            throw new UsageException("-bios " + name + ": cannot read the BIOS image (" + Main.reason(e) + ")");
        }
    }
}
