#ifndef JOS_INC_ERROR_H
#define JOS_INC_ERROR_H

// Kernel and library error codes.  Functions return them negated
// (e.g. -E_NO_MEM); printfmt's %e prints their names.
enum {
	// Kernel error codes -- keep in sync with the table in lib/printfmt.c.
	E_UNSPECIFIED	= 1,	// Unspecified or unknown problem
	E_BAD_ENV	,	// Environment doesn't exist or otherwise
				// cannot be used in requested action
	E_INVAL		,	// Invalid parameter
	E_NO_MEM	,	// Request failed due to memory shortage
	E_NO_FREE_ENV	,	// Attempt to create a new environment beyond
				// the maximum allowed
	E_FAULT		,	// Memory fault
	E_IPC_NOT_RECV	,	// Attempt to send to env that is not recving
	E_EOF		,	// Unexpected end of file

	MAXERROR
};

#endif	// !JOS_INC_ERROR_H */
