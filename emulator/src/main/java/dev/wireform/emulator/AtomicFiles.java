package dev.wireform.emulator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Crash-safe file replacement: write a temp file in the same folder, fsync it, atomically move
 * it over the target, then fsync the folder. A reader (or a restart after a kill at any moment)
 * sees either the old file or the new one, never a torn mix.
 */
final class AtomicFiles {
  /** Temp files carry this marker; {@link #removeTempFiles} deletes leftovers of a crash. */
  static final String TEMP_MARKER = ".tmp-";

  /** Writes the content of a file to a stream; may fail midway. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes {@code target} atomically. An interrupt (the emulator shutting down its threads)
   * would abort a file-channel write, yet what is being written may already have been answered
   * or shown to a poller; so the write runs with the interrupt cleared, is retried once if one
   * lands mid-write, and the interrupt is restored afterwards.
   */
  static void write(Path target, Content content) throws IOException {
    boolean interrupted = Thread.interrupted();
    try {
      try {
        writeOnce(target, content);
      } catch (ClosedByInterruptException e) {
        interrupted = true;
        Thread.interrupted();
        writeOnce(target, content);
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void writeOnce(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve(target.getFileName() + TEMP_MARKER + Ids.hex(8));
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream buffered =
            new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024) {
              @Override
              public void close() throws IOException {
                flush(); // the channel is closed below, after force()
              }
            };
        content.writeTo(buffered);
        buffered.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Deletes a file and makes the deletion durable. */
  static void delete(Path target) throws IOException {
    if (Files.deleteIfExists(target)) {
      syncDirectory(target.toAbsolutePath().getParent());
    }
  }

  /** Deletes temp files a crash left in {@code dir} (not recursive). */
  static void removeTempFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        if (f.getFileName().toString().contains(TEMP_MARKER)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static void syncDirectory(Path dir) {
    // Makes the rename durable on Linux; some platforms cannot open a folder, which is fine.
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort
    }
  }
}
