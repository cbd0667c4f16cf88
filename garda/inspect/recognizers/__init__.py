"""Built-in recognizers, one module per family; declared in garda.inspect.registry."""
