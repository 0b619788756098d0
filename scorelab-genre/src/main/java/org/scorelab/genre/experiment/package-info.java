/**
 * The experiment that compares the classifiers on the tune collections and writes the report and
 * the shipped models: corpus in, title split, features, a small validation grid per classifier,
 * test metrics, Markdown, PNG and model files out.
 */
package org.scorelab.genre.experiment;
