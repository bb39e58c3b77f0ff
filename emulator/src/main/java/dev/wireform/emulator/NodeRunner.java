package dev.wireform.emulator;

/** Runs one kind of node. */
interface NodeRunner {
  NodeJob.Result run(NodeJob job) throws NodeFailure, InterruptedException;
}
