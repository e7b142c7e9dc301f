global using Wirecheck.Store.Db;
