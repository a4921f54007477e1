Console.WriteLine("thidua");
