package dev.crmkit.agent.engine.llamacpp;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory that native code is loaded from, and so that only this process's user may write.
 *
 * <p>The default extraction directories sit in the shared {@code java.io.tmpdir}. Another local user who
 * created {@code /tmp/crmkit-<user>} first, or who can write into it, could put a library of their own where
 * crmkit loads one, and run code as this user. {@link #require} creates the missing directories readable and
 * writable by their owner only, and refuses a directory that belongs to someone else or that its group or
 * other users may write. On file systems without POSIX permissions it only creates the directories.
 */
public final class PrivateDirectory {

    private static final String OWNER_ONLY = "rwx------";

    private PrivateDirectory() {}

    /**
     * Creates {@code directory} (and the missing directories between it and {@code trusted}) for this user
     * alone, or checks that the existing ones are.
     *
     * @param directory where native code will be written and loaded from
     * @param trusted an ancestor of {@code directory} whose own safety is the host's concern (for the default
     *     directories, {@code java.io.tmpdir}: sticky, so no one can rename what this user made in it),
     *     created as it is when missing; every directory below it down to {@code directory} is created or
     *     checked
     * @return {@code directory}
     * @throws IOException when a directory cannot be created, or one exists that another user owns or may
     *     write (the message names it and what to do)
     */
    public static Path require(Path directory, Path trusted) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        Path root = trusted.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            throw new IllegalArgumentException(directory + " is not below " + trusted);
        }
        List<Path> chain = new ArrayList<>();
        for (Path d = absolute; !d.equals(root); d = d.getParent()) {
            chain.add(0, d);
        }
        Files.createDirectories(root);
        for (Path d : chain) {
            createOrCheck(d);
        }
        return directory;
    }

    private static void createOrCheck(Path directory) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(directory.getParent(), PosixFileAttributeView.class);
        if (view == null) {
            Files.createDirectories(directory);
            return;
        }
        try {
            Files.createDirectory(
                    directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
        } catch (FileAlreadyExistsException e) {
            // made earlier, by this user or another: check below
        }
        PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class);
        if (!attributes.isDirectory()) {
            throw new IOException(refusal(directory, "it is not a directory"));
        }
        UserPrincipal owner = attributes.owner();
        UserPrincipal self = ownerOfNewFileIn(directory.getParent(), owner);
        if (!owner.equals(self)) {
            throw new IOException(
                    refusal(directory, "it belongs to " + owner.getName() + ", not to " + self.getName()));
        }
        if (attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
                || attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new IOException(refusal(
                    directory,
                    "other users may write to it (" + PosixFilePermissions.toString(attributes.permissions()) + ")"));
        }
    }

    /** This process's user, as the file system names it: the owner of a file it creates. */
    private static UserPrincipal ownerOfNewFileIn(Path parent, UserPrincipal fallback) throws IOException {
        Path probe;
        try {
            probe = Files.createTempFile(parent, ".crmkit-owner-", ".tmp");
        } catch (IOException e) {
            // a parent this user cannot write to: compare with the process's user name instead
            return parent.getFileSystem()
                    .getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name", fallback.getName()));
        }
        try {
            return Files.getOwner(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static String refusal(Path directory, String why) {
        return "refusing to load native code from " + directory + ": " + why
                + "; remove it, or set " + NativeLibraries.DIRECTORY_PROPERTY
                + " (and de.kherud.llama.tmpdir) to a directory only you can write";
    }
}
