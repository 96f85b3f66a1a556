// The plain-language warnings shown when a file could not be checked for hidden details.

export const WARNINGS = {
  unsupported:
    'This kind of file may carry hidden details about you or your device that Thicket cannot remove.',
  unreadable:
    'Thicket could not check this file for hidden details, such as where a photo was taken or who made a document. ' +
    'It may be damaged or in a form Thicket cannot read.',
  protected:
    'Thicket could not check this file for hidden details because it is password-protected. ' +
    'It may carry details such as who made it.',
  tooLarge:
    'Thicket could not check this file for hidden details, such as where a photo was taken or who made a document, ' +
    'because it is too large to check.',
  browserRead: 'This browser could not read the file to check it for hidden details. Choose it again, or remove it.',
} as const;
