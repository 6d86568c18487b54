/** Reading the project's data files under {@code models/}, shared by the stages that load knowledge. */
package attackevents.data;
