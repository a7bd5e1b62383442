/**
 * File-system routines every layer shares: {@link vn.cchc.workbook.files.SafeFileWriter}, the single way the program
 * writes a file. Depends on the JDK and the domain's message types only.
 */
package vn.cchc.workbook.files;
