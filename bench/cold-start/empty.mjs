// The floor of scenario 4: the runtime starting and running a module that does nothing.
