/**
 * What the operating system hands the program, made the same on every system: the arguments as the user typed or
 * double-clicked them, and a console that shows Vietnamese. JDK only; used by the entry point and the command line.
 */
package vn.cchc.workbook.platform;
